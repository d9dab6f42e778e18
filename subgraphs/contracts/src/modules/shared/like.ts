/** A LIKE pattern matching `text` anywhere, literally: `%`, `_` and `\` lose their wildcard meaning. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
