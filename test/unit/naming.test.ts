import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  randomSuffix,
  retroId,
  retroRelativePath,
  SLUG_MAX,
  slugify,
} from "../../src/domain/naming.js";

describe("file naming", () => {
  it("builds a lower-case slug from role and candidate", () => {
    expect(slugify("Backend", "ATS-48213")).toBe("backend-ats-48213");
    expect(slugify("Data Engineer", "jd_42")).toBe("data-engineer-jd-42");
    expect(slugify("Développeur Front", "ÉÀ-7")).toBe("developpeur-front-ea-7");
    expect(slugify(undefined, "ats-1")).toBe("ats-1");
  });

  it("never lets a hostile reference out of the folder", () => {
    expect(slugify("backend", "../../etc/passwd")).toBe("backend-etc-passwd");
    expect(slugify(undefined, "/etc/shadow")).toBe("etc-shadow");
    expect(slugify(undefined, "C:\\Windows\\con")).toBe("c-windows-con");
    expect(slugify(undefined, "..")).toBe("retro");
    expect(slugify(undefined, "🎉")).toBe("retro");
  });

  it("cuts long references to 40 characters without a trailing dash", () => {
    const slug = slugify("backend", `${"x".repeat(31)}-${"y".repeat(300)}`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toBe(`backend-${"x".repeat(31)}`);
  });

  it("keeps every slug inside the year folder, whatever the input (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.string({ maxLength: 50 }),
        (candidate, role) => {
          const slug = slugify(role, candidate);
          expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
          const id = retroId("2026-11-27", slug, "k7f3");
          const root = resolve("/retros");
          expect(resolve(join(root, retroRelativePath(id)))).toBe(`${root}/2026/${id}.yaml`);
        },
      ),
    );
  });

  it("draws suffixes from base 36", () => {
    const values = [0, 10, 35, 1];
    expect(randomSuffix(() => values.shift() ?? 0)).toBe("0az1");
  });
});
