/** The binary module that the .wat file at `path` describes; throws on an error in it. */
export function compileWat(path: string): Uint8Array;
