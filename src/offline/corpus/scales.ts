/**
 * The notes of the major and natural minor scales in every key, computed from the scale's steps
 * rather than typed out: a major scale rises whole, whole, half, whole, whole, whole, half; the
 * natural minor whole, half, whole, whole, half, whole, whole (Britannica, "major scale":
 * https://www.britannica.com/art/major-scale, and "minor scale": https://www.britannica.com/art/minor-scale).
 * Each letter A to G is used once, so a note is spelled the way the key signature has it (F# in G major, Bb in F).
 */
import type { KnownList } from "./sets";

const LETTERS = ["C", "D", "E", "F", "G", "A", "B"];
const PITCH: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
const STEPS = { major: [0, 2, 4, 5, 7, 9, 11], minor: [0, 2, 3, 5, 7, 8, 10] };

const sign = (n: number) => (n > 0 ? "#".repeat(n) : "b".repeat(-n));

/** The seven notes from the tonic: each next letter, raised or lowered to the step's pitch. */
export function scaleNotes(letter: string, accidental: number, mode: keyof typeof STEPS): string[] {
  const start = LETTERS.indexOf(letter);
  const tonic = PITCH[letter] + accidental;
  return STEPS[mode].map((step, i) => {
    const l = LETTERS[(start + i) % 7];
    let shift = (((tonic + step - PITCH[l]) % 12) + 12) % 12;
    if (shift > 6) shift -= 12;
    return `${l}${sign(shift)}`;
  });
}

/** The keys in use: naturals, and the sharp and flat keys of the circle of fifths (no double sharps). */
const KEYS: [string, number][] = [
  ..."CDEFGAB".split("").map((l): [string, number] => [l, 0]),
  ["F", 1],
  ["C", 1],
  ["G", 1],
  ["D", 1],
  ["A", 1],
  ["B", -1],
  ["E", -1],
  ["A", -1],
  ["D", -1],
  ["G", -1],
  ["C", -1],
];

const named = (letter: string, accidental: number) =>
  accidental > 0
    ? `${letter}(?:#|♯| sharp)`
    : accidental < 0
      ? `${letter}(?:b|♭| flat)`
      : `${letter}(?![#♯b♭]| sharp| flat)`;

export const SCALES: KnownList[] = KEYS.flatMap(([letter, accidental]) =>
  (["major", "minor"] as const)
    .map((mode) => ({ mode, notes: scaleNotes(letter, accidental, mode) }))
    // A key whose spelling needs a double sharp or flat is not one in use (G# major, Db minor).
    .filter(({ notes }) => notes.every((n) => n.length <= 2))
    .map(({ mode, notes }) => ({
      // The key's letter is a capital: "a major scale" is any major scale, not A major.
      test: new RegExp(
        `\\b(?:(?:[Nn]otes|[Pp]itches) (?:of|in) (?:the |an? )?)?${named(letter, accidental)} [${mode[0]}${mode[0].toUpperCase()}]${mode.slice(1)} [Ss]cale\\b`,
      ),
      items: notes,
      ordered: true,
    })),
);
