/**
 * Everyday English words of one syllable (and a few of two) that children's rhymes use, for the
 * rhyme skill: rhymes are computed from their spelled endings, never taken from a passage.
 * Plain words with no fact in them; a word list needs no source.
 */
export const RHYME_WORDS: readonly string[] = (
  "bat cat hat mat rat sat pat fat flat chat that splat " +
  "bake cake lake make take rake snake shake wake flake " +
  "day play say way may hay stay ray gray tray clay pay " +
  "bee see tree free three knee sea tea key me he we " +
  "dog log frog fog jog hog " +
  "elf self shelf myself yourself herself himself itself " +
  "pipe wipe ripe stripe swipe gripe " +
  "ball call fall hall tall wall small mall " +
  "bed red head fed led sled bread said " +
  "cold gold hold old bold fold told " +
  "fun run sun bun done one won none " +
  "light night bright kite white bite right sight fight might " +
  "moon soon spoon noon june tune balloon " +
  "star car far jar bar are " +
  "bear chair hair pair stair where there care share air " +
  "boat coat goat float note wrote " +
  "cool pool school fool rule tool " +
  "fish dish wish swish " +
  "hop mop pop shop stop top drop " +
  "ring sing king thing wing swing bring spring " +
  "blue glue shoe true two zoo new you who " +
  "mouse house " +
  "go no snow slow grow know show toe bow flow " +
  "rain train plain brain chain again " +
  "cow how now wow bow " +
  "ten hen pen men then when " +
  "pig big dig wig jig fig " +
  "bug hug mug rug jug snug " +
  "box fox socks rocks " +
  "dream cream team stream beam " +
  "sky fly my why high pie try cry bye " +
  "heart art part start cart smart " +
  "nose rose toes goes grows " +
  "bug sock clock rock block knock " +
  "cook book look hook took " +
  "duck luck truck stuck " +
  "bell tell well shell smell yell " +
  "feet street sweet treat meet seat " +
  "cup pup up " +
  "hand land sand band stand " +
  "rest best nest test west chest " +
  "door floor more four shore store roar " +
  "night fright light"
)
  .split(/\s+/)
  .filter((w, i, all) => w && all.indexOf(w) === i);
