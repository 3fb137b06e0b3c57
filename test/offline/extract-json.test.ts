/**
 * A json_schema over a text the prompt gives is filled from that text: names, codes, places, times,
 * list items and yes/no marks, never a sentence of an unrelated passage.
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

const schema = (properties: Record<string, object>) => ({
  response_format: {
    type: "json_schema" as const,
    json_schema: {
      name: "x",
      strict: true,
      schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
    },
  },
});

async function fill(prompt: string, properties: Record<string, object>, seed = 5): Promise<Record<string, unknown>> {
  const reply = await complete({ messages: [user(prompt)], seed, ...schema(properties) });
  const content = reply.choices[0].message.content ?? "";
  return JSON.parse(content);
}

const str = { type: "string" };

describe("offline model: structured outputs extract from the prompt's own text", () => {
  it("takes a contact's name, email and phone, not the sentence's first word", async () => {
    const v = await fill("Pull out the contact from this: 'You can reach Ines Duarte at ines@hollow.io or 555-0199.'", {
      name: str,
      email: str,
      phone: str,
    });
    expect(v).toEqual({ name: "Ines Duarte", email: "ines@hollow.io", phone: "555-0199" });
  });

  it("lists the items a text names, and an order's lines as objects with their quantities", async () => {
    const v = await fill(
      "List the ingredients from this recipe: 'Beat three eggs with sugar, butter and a little vanilla.'",
      {
        ingredients: { type: "array", items: str },
      },
    );
    expect(v.ingredients).toEqual(["three eggs", "sugar", "butter", "a little vanilla"]);
    const order = await fill("Extract the order: 'I'd like 4 bagels and 2 coffees delivered to 9 Elm Road.'", {
      items: {
        type: "array",
        items: {
          type: "object",
          properties: { name: str, quantity: { type: "integer" } },
          required: ["name", "quantity"],
          additionalProperties: false,
        },
      },
      address: str,
    });
    expect(order).toEqual({
      items: [
        { name: "bagels", quantity: 4 },
        { name: "coffees", quantity: 2 },
      ],
      address: "9 Elm Road",
    });
  });

  it("reads a meeting's title, attendee, time and room, and a flight's code, ends and times", async () => {
    const meeting = await fill("Extract the meeting: 'Design sync with Omar on June 9th at 3pm in room 12C.'", {
      title: str,
      attendee: str,
      time: str,
      location: str,
    });
    expect(meeting).toEqual({ title: "Design sync", attendee: "Omar", time: "3pm", location: "room 12C" });
    const flight = await fill(
      "Extract the flight details: 'Flight LH404 departs Frankfurt at 07:15 and lands in Chicago at 09:55.'",
      { flight_number: str, origin: str, destination: str, departure_time: str, arrival_time: str },
    );
    expect(flight).toEqual({
      flight_number: "LH404",
      origin: "Frankfurt",
      destination: "Chicago",
      departure_time: "07:15",
      arrival_time: "09:55",
    });
  });

  it("labels from the text's words: spam marks, a headline's topic, a language, tasks that keep their verbs", async () => {
    const spam = await fill("Is this message spam? 'You have won a free phone, click here to claim it today!'", {
      is_spam: { type: "boolean" },
      reason: str,
    });
    expect(spam.is_spam).toBe(true);
    expect(String(spam.reason)).toMatch(/won|free|click here/);
    expect(String(spam.reason).length).toBeLessThan(120);
    const topic = await fill("Tag this headline: 'Striker scores twice as the home team wins the cup final'", {
      topic: { type: "string", enum: ["politics", "business", "sports", "technology"] },
    });
    expect(topic.topic).toBe("sports");
    const language = await fill("Detect the language of: '¿Dónde está la estación de tren?'", { language: str });
    expect(language.language).toBe("Spanish");
    // Read as French but written with Spanish letters: no guess.
    const unsure = await fill("Detect the language of: 'Dónde está la estación de tren, por favor?'", {
      language: str,
    });
    expect(unsure.language).not.toBe("French");
    const todo = await fill("Make a to-do list from this: 'I need to email Sara, water the plants and book a taxi.'", {
      tasks: {
        type: "array",
        items: {
          type: "object",
          properties: { task: str, done: { type: "boolean" } },
          required: ["task", "done"],
          additionalProperties: false,
        },
      },
    });
    expect(todo.tasks).toEqual([
      { task: "email Sara", done: false },
      { task: "water the plants", done: false },
      { task: "book a taxi", done: false },
    ]);
  });

  it("splits a review into pros and cons, lists every date, keeps an order's code out of its quantity", async () => {
    const review = await fill("Classify this review: 'Lovely colours, but the strap broke after a week.'", {
      sentiment: { type: "string", enum: ["positive", "negative", "mixed"] },
      pros: { type: "array", items: str },
      cons: { type: "array", items: str },
    });
    expect(review).toEqual({ sentiment: "mixed", pros: ["Lovely colours"], cons: ["strap broke after a week"] });
    const dates = await fill(
      "Extract the dates: 'Kick-off is on 5 May, the demo on 19 May and the release on 1 July.'",
      {
        dates: { type: "array", items: str },
      },
    );
    expect(dates.dates).toEqual(["5 May", "19 May", "1 July"]);
    const order = await fill(
      "Turn this into JSON: 'Order #B-7731 for Tariq Nasser, 3 mugs at $12 each, ship to Cork.'",
      {
        order_id: str,
        customer: str,
        quantity: { type: "integer" },
        unit_price: { type: "number" },
        city: str,
      },
    );
    expect(order).toEqual({ order_id: "B-7731", customer: "Tariq Nasser", quantity: 3, unit_price: 12, city: "Cork" });
    const person = await fill(
      "Extract the person: 'Prof. Lena Ortiz, a chemist at St. John's College in Oxford, won the prize.'",
      {
        name: str,
        employer: str,
        city: str,
      },
    );
    expect(person).toEqual({ name: "Lena Ortiz", employer: "St. John's College", city: "Oxford" });
  });

  it("gives no made-up items when the text lists none of the kind", async () => {
    const v = await fill(
      "Extract the email addresses from: 'Call me tomorrow after lunch, I will be at home all day.'",
      {
        emails: { type: "array", items: str },
      },
    );
    expect(v.emails).toEqual([]);
  });

  it("a message that tells rather than asks is itself the text: a purchase, a booking, a reminder, a pet", async () => {
    const purchase = await fill("I picked up 2 umbrellas for $18 each at Rain Supply this morning.", {
      item: str,
      quantity: { type: "integer" },
      unit_price: { type: "number" },
      store: str,
    });
    expect(purchase).toEqual({ item: "umbrellas", quantity: 2, unit_price: 18, store: "Rain Supply" });
    const booking = await fill("Book a table for 6 people at 8pm on Friday at Casa Verde.", {
      restaurant: str,
      party_size: { type: "integer" },
      time: str,
      day: str,
    });
    expect(booking).toEqual({ restaurant: "Casa Verde", party_size: 6, time: "8pm", day: "Friday" });
    const reminder = await fill("Remind me to water the garden tomorrow at 7am.", { task: str, time: str, date: str });
    expect(reminder).toEqual({ task: "water the garden", time: "7am", date: "tomorrow" });
    const pet = await fill("My dog Pixel is 3 years old and loves carrots.", {
      pet_name: str,
      age: { type: "integer" },
      favorite_food: str,
    });
    expect(pet).toEqual({ pet_name: "Pixel", age: 3, favorite_food: "carrots" });
  });

  it("'Fill in my profile' reads what the user said earlier", async () => {
    const reply = await complete({
      seed: 5,
      messages: [
        user("Hi, I'm Tomas Lindqvist and I live in Uppsala."),
        { role: "assistant", content: "Nice to meet you, Tomas!" },
        user("Fill in my profile."),
      ],
      ...schema({ name: str, city: str }),
    });
    expect(JSON.parse(reply.choices[0].message.content ?? "")).toEqual({ name: "Tomas Lindqvist", city: "Uppsala" });
  });

  it("'Put that in JSON' and 'Extract the trip details' read the conversation: a quoted title, its author, a date range", async () => {
    const trip = await complete({
      seed: 5,
      messages: [
        user("We're going to Porto from 14 to 18 September with my cousin."),
        { role: "assistant", content: "Porto in September is warm and much quieter than in August." },
        user("Extract the trip details as JSON."),
      ],
      ...schema({ destination: str, start_date: str, end_date: str, companions: { type: "array", items: str } }),
    });
    expect(JSON.parse(trip.choices[0].message.content ?? "")).toEqual({
      destination: "Porto",
      start_date: "14 September",
      end_date: "18 September",
      companions: ["my cousin"],
    });
    const book = await complete({
      seed: 5,
      messages: [
        user("Recommend a mystery novel."),
        { role: "assistant", content: "Try 'The Moonstone' by Wilkie Collins, published in 1868." },
        user("Put that in JSON."),
      ],
      ...schema({ title: str, author: str, year: { type: "integer" } }),
    });
    expect(JSON.parse(book.choices[0].message.content ?? "")).toEqual({
      title: "The Moonstone",
      author: "Wilkie Collins",
      year: 1868,
    });
  });

  it("a fact nothing gives (a planet's position) is refused, never a default number", async () => {
    const reply = await complete({
      seed: 5,
      messages: [user("Give me a JSON object describing the planet Neptune.")],
      ...schema({ name: str, position_from_sun: { type: "integer" } }),
    });
    const { content, refusal } = reply.choices[0].message;
    if (content === null) expect(refusal).toMatch(/offline model/);
    else expect(JSON.parse(content).position_from_sun).toBe(8);
  });

  it("a question nothing answers is refused, not filled with 'unknown'", async () => {
    const reply = await complete({
      seed: 5,
      messages: [user("Where was the poet Ilse Varnholt born?")],
      ...schema({ name: str, city: str, country: str }),
    });
    expect(reply.choices[0].message.content).toBeNull();
    expect(reply.choices[0].message.refusal).toMatch(/offline model/);
  });

  it("a request for knowledge it lacks ('Give me a recipe for ...') is refused, not filled from a fallback passage", async () => {
    const reply = await complete({
      seed: 5,
      messages: [user("Give me a recipe for banana bread.")],
      ...schema({ name: str, ingredients: { type: "array", items: str }, steps: { type: "array", items: str } }),
    });
    expect(reply.choices[0].message.content).toBeNull();
    expect(reply.choices[0].message.refusal).toMatch(/offline model/);
  });

  it("a joke as JSON puts its question in the setup and the rest in the punchline", async () => {
    const v = await fill("Tell me a joke about computers.", { setup: str, punchline: str });
    expect(String(v.setup)).toMatch(/[?:]$/);
    expect(String(v.punchline).length).toBeGreaterThan(3);
    expect(String(v.setup)).not.toMatch(/^Jokes$/);
  });

  it("a score 'from 1 to 5' stays on that scale, mid for a review with a 'but'", async () => {
    const v = await fill('Score this review from 1 to 5: "Lovely room, but the breakfast was cold."', {
      score: { type: "integer" },
    });
    expect(v.score).toBe(3);
    const w = await fill('Rate this from 1 to 10: "Terrible service, never again."', { rating: { type: "integer" } });
    expect(Number(w.rating)).toBeLessThanOrEqual(3);
  });

  it("fills an array from a known list rather than one value repeated", async () => {
    const v = await fill("Name the three primary colors.", { colors: { type: "array", items: str } });
    expect(v.colors).toEqual(["Red", "Yellow", "Blue"]);
  });
});
