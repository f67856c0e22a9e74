// Estimated reading time of lesson prose: Han characters at 400 a minute plus other words at 220 a
// minute. Pure; used by the build-time MDX plugin (remarkLessonMeta.ts).

/** Han characters read per minute (Chinese prose). */
export const HAN_CHARACTERS_PER_MINUTE = 400;

/** Words read per minute (English prose, and Latin-script words inside Chinese prose). */
export const WORDS_PER_MINUTE = 220;

const hanCharacter = /\p{Script=Han}/gu;
const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** How much there is to read: Han characters and the words left once they are taken out. */
export interface ProseCount {
  hanCharacters: number;
  words: number;
}

/** Counts Han characters, then words (runs of letters or digits, with inner ' ’ . -) in the rest. */
export function countProse(text: string): ProseCount {
  const hanCharacters = text.match(hanCharacter)?.length ?? 0;
  const words = text.replace(hanCharacter, ' ').match(word)?.length ?? 0;
  return { hanCharacters, words };
}

/**
 * Minutes to read `text`: ceil(hanCharacters / 400 + words / 220), at least 1. English prose has
 * no Han characters, so there this is ceil(words / 220); Chinese prose counts both.
 */
export function readingMinutes(text: string): number {
  const { hanCharacters, words } = countProse(text);
  return Math.max(1, Math.ceil(hanCharacters / HAN_CHARACTERS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
