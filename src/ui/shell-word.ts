/** A path or message as one shell word, for commands the user may paste and for the hook init writes. */
export const shellWord = (text: string) =>
  /^[\w./=-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
