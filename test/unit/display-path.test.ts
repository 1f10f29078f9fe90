import { relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayPath, relativePath } from "../../src/ui/display-path.js";

/** What path.relative says: inside the folder, the path from it; anywhere else, the path as given. */
function expected(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel === ".." || rel.startsWith("../") ? path : rel;
}

const part = fc.constantFrom("retros", "2024", "a.yaml", "..", ".", "", "..x", "x..", "Léa", " ");
const path = fc.array(part, { minLength: 0, maxLength: 6 }).map((parts) => `/${parts.join("/")}`);

describe("relativePath", () => {
  it("is what path.relative gives, inside the folder or out, for any path", () => {
    fc.assert(
      fc.property(path, path, (cwd, file) => {
        expect(relativePath(cwd, file)).toBe(expected(cwd, file));
      }),
      { numRuns: 5000 },
    );
  });

  it("shows a file inside the folder from it, and one outside whole", () => {
    expect(relativePath("/team", "/team/retros/2024/a.yaml")).toBe("retros/2024/a.yaml");
    expect(relativePath("/team", "/teamwork/a.yaml")).toBe("/teamwork/a.yaml");
    expect(relativePath("/team", "/other/retros/a.yaml")).toBe("/other/retros/a.yaml");
    expect(relativePath("/", "/retros/a.yaml")).toBe("retros/a.yaml");
    expect(relativePath("/team", "/team/../etc/a.yaml")).toBe("/team/../etc/a.yaml");
    expect(relativePath("/team/", "/team/..x/a.yaml")).toBe("..x/a.yaml");
  });

  it("escapes a control character in the name it shows", () => {
    expect(displayPath("/team", "/team/a\u001b]52;c;x\u0007.yaml")).not.toContain("\u001b");
  });
});
