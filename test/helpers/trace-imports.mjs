// Preloaded with --import: appends every module the program loads (ES imports and
// CommonJS requires alike) to the file named by TRACE_IMPORTS_FILE.
import { appendFileSync } from "node:fs";
import Module, { register } from "node:module";

const file = process.env.TRACE_IMPORTS_FILE;
if (file) {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from "node:fs";
      export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        appendFileSync(${JSON.stringify(file)}, result.url + "\\n");
        return result;
      }`)}`,
  );
  const load = Module._load;
  Module._load = function (request, ...rest) {
    appendFileSync(file, `${request}\n`);
    return load.call(this, request, ...rest);
  };
}
