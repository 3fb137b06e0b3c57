/**
 * A game's result as a text gives it ("Lions 3, Tigers 1", "Rovers 2-0 United", "the Eagles beat the
 * Hawks 24-17"): who played, who scored what, who won. Read from the text only, so a field like
 * `winner_goals` gets the number the text gives rather than a default.
 */

export interface MatchResult {
  home: string;
  homeScore: number;
  away: string;
  awayScore: number;
  /** Undefined for a draw. */
  winner?: string;
  loser?: string;
}

const TEAM = String.raw`(?:the\s+)?([A-Z][\p{L}'.&-]*(?:\s+(?!(?:beat|defeated|lost|edged|thrashed|overcame|downed|won|drew|tied)\b)[A-Z0-9][\p{L}0-9'.&-]*){0,3})`;
const DASH = String.raw`\s*(?:-|–|—|:|to)\s*`;

const WAYS: [RegExp, (m: RegExpExecArray) => [string, number, string, number]][] = [
  // "Eagles beat the Hawks 24-17": the first side won, whichever way round the score is written.
  [
    new RegExp(
      String.raw`${TEAM}\s+(?:beat|defeated|edged(?:\s+past)?|thrashed|overcame|downed|won\s+against)\s+${TEAM}\s+(?:by\s+)?(\d{1,3})${DASH}(\d{1,3})`,
      "u",
    ),
    (m) => [m[1], Math.max(+m[3], +m[4]), m[2], Math.min(+m[3], +m[4])],
  ],
  // "Ajax lost to PSV 1-4": the first side lost.
  [
    new RegExp(String.raw`${TEAM}\s+lost\s+(?:to|against)\s+${TEAM}\s+(?:by\s+)?(\d{1,3})${DASH}(\d{1,3})`, "u"),
    (m) => [m[1], Math.min(+m[3], +m[4]), m[2], Math.max(+m[3], +m[4])],
  ],
  // "Rovers 2-0 United".
  [new RegExp(String.raw`${TEAM}\s+(\d{1,3})${DASH}(\d{1,3})\s+${TEAM}`, "u"), (m) => [m[1], +m[2], m[4], +m[3]]],
  // "Lions 3, Tigers 1".
  [
    new RegExp(String.raw`${TEAM}\s+(\d{1,3})\s*(?:,|;|-|–|—|v\.?|vs\.?)\s*${TEAM}\s+(\d{1,3})\b`, "u"),
    (m) => [m[1], +m[2], m[3], +m[4]],
  ],
];

export function matchResultOf(text: string): MatchResult | undefined {
  for (const [re, read] of WAYS) {
    const m = re.exec(text);
    if (!m) continue;
    const [home, homeScore, away, awayScore] = read(m);
    const result: MatchResult = { home, homeScore, away, awayScore };
    if (homeScore !== awayScore) {
      result.winner = homeScore > awayScore ? home : away;
      result.loser = homeScore > awayScore ? away : home;
    }
    return result;
  }
  return undefined;
}

/** A result's string field ("winner", "away_team"), or undefined when the name asks for none. */
export function matchSide(field: string, r: MatchResult): string | undefined {
  const f = field.toLowerCase().replace(/[^a-z0-9]+/g, "_");
  if (/^(?:winner|winning_team|winning_side|victor)$/.test(f)) return r.winner ?? "draw";
  if (/^(?:loser|losing_team|losing_side)$/.test(f)) return r.loser ?? "draw";
  if (/^(?:home|home_team|team_?1|first_team|team_a)$/.test(f)) return r.home;
  if (/^(?:away|away_team|team_?2|second_team|team_b|opponent)$/.test(f)) return r.away;
  return undefined;
}

/** A result's number field ("winner_goals", "away_score"), or undefined when the name asks for none. */
export function matchScore(field: string, r: MatchResult): number | undefined {
  const f = field.toLowerCase().replace(/[^a-z0-9]+/g, "_");
  const m =
    /^(winner|winning_team|winning|loser|losing_team|losing|home|home_team|away|away_team|team_?1|team_?2|team_a|team_b)_(?:goals|score|points|runs)$/.exec(
      f,
    );
  if (!m) return undefined;
  const side = m[1];
  if (/^win/.test(side)) return Math.max(r.homeScore, r.awayScore);
  if (/^los/.test(side)) return Math.min(r.homeScore, r.awayScore);
  return /^(?:home|team_?1|team_a)/.test(side) ? r.homeScore : r.awayScore;
}
