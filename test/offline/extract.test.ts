import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/** Fields pulled out of a text the message gives, by the shape of their values; never made up. */
const text = async (content: string) =>
  (await complete({ messages: [user(content)] as never, seed: 2, temperature: 1 })).choices[0].message.content ?? "";

describe("extraction from the prompt's own text", () => {
  it("reads names, dates, times, emails, phones, amounts and places", async () => {
    expect(await text("Extract the name and date from: 'Call with Prof. Okafor on 3 June 2026 at 9am.'")).toBe(
      "Name: Prof. Okafor\nDate: 3 June 2026",
    );
    const contact = await text(
      "Pull out the phone number and email from: Ring Lena Vogt on +49 30 1234567 or lena@vogt.example.",
    );
    expect(contact).toMatch(/Phone number: \+49 30 1234567/);
    expect(contact).toMatch(/Email: lena@vogt\.example/);
    expect(await text("Extract the time and place from: 'Drinks at Harbour Lights on Thursday at 6:45pm.'")).toBe(
      "Time: 6:45pm\nPlace: Harbour Lights",
    );
    expect(await text("Find the price in this sentence: The lamp is now €42.50 in the sale.")).toBe("Price: €42.50");
  });

  it("says a field is missing instead of inventing it, and leaves kinds it cannot read alone", async () => {
    expect(await text("Extract the email and date from: 'Ping Marta about the report on Monday.'")).toMatch(
      /Email: not in the text/,
    );
    expect(await text("Extract the mood from: 'What a gloomy, rainy day.'")).not.toMatch(/^Mood:/);
  });

  it("gives every date or time the text holds when the plural is asked, the first when one is", async () => {
    const trip = "'We fly out on 12 June, come back on 19 June and the hotel deposit is due 2 May.'";
    expect(await text(`Extract all the dates from this note: ${trip}`)).toMatch(/^Dates: 12 June, 19 June, 2 May$/);
    expect(await text(`Extract the date from: ${trip}`)).toMatch(/^Date: 12 June$/);
    expect(await text("List the times in: 'Lunch at 12:30, the bus at 3 pm.'")).toMatch(/12:30, 3 pm/);
  });
});
