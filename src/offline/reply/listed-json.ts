/**
 * "Make a JSON object with the days I work: I work mon, wed, thu and sat." asks for the list the
 * message gives, under the name it gives it: {"days": ["Monday", "Wednesday", "Thursday", "Saturday"]}.
 * Read from the message alone; null when it gives no list.
 */
const SHORT_DAYS: Record<string, string> = {
  mon: "Monday",
  tue: "Tuesday",
  tues: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  thur: "Thursday",
  thurs: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

export function listedJson(message: string): Record<string, string[]> | null {
  const m = /^([^:\n]{0,160}\bjson\b[^:\n]{0,120}):\s*([^\n]{3,300})$/i.exec(message.trim());
  if (!m) return null;
  // The name: the noun after "with/of/for (the|my)" before the colon ("the days I work" -> days).
  const named =
    /\b(?:with|of|for|listing|containing)\s+(?:all\s+)?(?:the|my|our|these|those)?\s*([a-z]+(?:\s+[a-z]+)?)\b/i.exec(
      m[1].replace(/\bjson\b(?:\s+(?:object|array|list))?/gi, ""),
    );
  const head = named?.[1].split(/\s+/)[0].toLowerCase();
  if (!head || !/s$/.test(head) || /^(?:keys|fields|properties)$/.test(head)) return null;
  let items = m[2]
    .replace(/[.!]+\s*$/, "")
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 2) return null;
  // "I work mon, wed...": the first item carries the sentence's subject and verb; the others are bare.
  const bare = items.slice(1).every((s) => s.split(/\s+/).length <= 3);
  if (bare && items[0].split(/\s+/).length > 1)
    items[0] = items[0].replace(/^(?:i|we|you|they|he|she|my \w+|our \w+)\s+(?:\w+\s+){1,2}?(?=\S+$)/i, "");
  if (items.some((s) => s.split(/\s+/).length > 4)) return null;
  items = items.map((s) => SHORT_DAYS[s.toLowerCase().replace(/\.$/, "")] ?? s);
  return { [head]: items };
}
