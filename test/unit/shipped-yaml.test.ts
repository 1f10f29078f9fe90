import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  SHIPPED_TEMPLATES_DIR,
  SHIPPED_YAML_RECORD,
  shippedYamlData,
} from "../../src/io/shipped-yaml.js";
import { yamlData } from "../../src/io/yaml-source.js";

/** Written by `npm run build`, which `npm test` runs first. */
const record: Record<string, unknown> = JSON.parse(readFileSync(SHIPPED_YAML_RECORD, "utf8"));
const DEFAULT = join(SHIPPED_TEMPLATES_DIR, "default.yaml");

describe("the shipped YAML files, as the build read them", () => {
  it("holds every YAML file under templates/", () => {
    const shipped = readdirSync(SHIPPED_TEMPLATES_DIR, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".yaml"))
      .sort();
    expect(Object.keys(record)).toEqual(shipped);
  });

  it.each(Object.keys(record))("gives for %s what the YAML library reads from it", (name) => {
    const path = join(SHIPPED_TEMPLATES_DIR, name);
    const text = readFileSync(path, "utf8");
    expect(shippedYamlData(path, text)).toEqual(yamlData(path, text));
  });

  it("gives nothing for an edited file, or for the same text elsewhere", () => {
    const text = readFileSync(DEFAULT, "utf8");
    expect(shippedYamlData(DEFAULT, text.replace("version: 1", "version: 2"))).toBeUndefined();
    expect(shippedYamlData(join("/elsewhere", "default.yaml"), text)).toBeUndefined();
  });

  it("gives a copy each time: a reader changing it changes nothing for the next", () => {
    const text = readFileSync(DEFAULT, "utf8");
    const data = () => (shippedYamlData(DEFAULT, text) as { data: { id: string } }).data;
    data().id = "changed";
    expect(data().id).toBe("default");
  });
});
