/**
 * Lines for acrostic poems, two per letter, each a warm phrase that suits a season, a name, a pet
 * or a place alike, so any word can be spelled down the side ("SUMMER": "Sunshine and smiles",
 * "Under open skies", ...). A word with a letter twice takes the second line the second time.
 * Original lines written for the workbook.
 */
export const ACROSTIC_LINES: Record<string, [string, string]> = {
  a: ["Always a little bright", "All the good days gathered"],
  b: ["Bringing a smile", "Bright as the morning"],
  c: ["Calm and kind", "Colour in every corner"],
  d: ["Dreaming out loud", "Days that feel like gifts"],
  e: ["Every day a little new", "Easy laughter, easy light"],
  f: ["Full of warmth", "Friends close by"],
  g: ["Glowing softly", "Gentle as the rain"],
  h: ["Happy to be here", "Home in every sense"],
  i: ["In every small moment", "Into the open air"],
  j: ["Joy in the little things", "Just the way it should be"],
  k: ["Kind to everyone", "Keeping the good times close"],
  l: ["Light and laughter", "Long, slow afternoons"],
  m: ["Making memories", "Music in the air"],
  n: ["Never dull", "Nothing but good news"],
  o: ["Open skies ahead", "Only the best of times"],
  p: ["Patient and true", "Plenty to smile about"],
  q: ["Quiet when it counts", "Quick to laugh"],
  r: ["Ready for anything", "Resting in the shade"],
  s: ["Sunshine and smiles", "Softly, the world slows down"],
  t: ["Taking time to rest", "Together, always"],
  u: ["Under open skies", "Up with the sun"],
  v: ["Vivid and alive", "Voices full of cheer"],
  w: ["Warm as the sun", "Wonder everywhere"],
  x: ["X marks the happy spot", "Xylophone notes in the breeze"],
  y: ["Young at heart", "Yes to every adventure"],
  z: ["Zest for life", "Zigzag paths to explore"],
};
