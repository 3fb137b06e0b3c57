/**
 * Customer support answers: the kind of question notebook 08 prices across models, and what a
 * support bot built in this course would be asked.
 */
import type { Topic } from "./types";

export const SUPPORT: Topic = {
  id: "customer-support",
  title: "Customer support",
  keywords: [
    "delivery",
    "delivery address",
    "refund",
    "refunds",
    "parcel",
    "shipping address",
    "tracking",
    "dispatched",
    "customer asks",
    "return an item",
  ],
  passages: [
    {
      text: "Yes, as long as the order has not been dispatched: you can change the delivery address on the order page of your account, or by replying to the confirmation email. If it has already shipped, send us the order number and we will ask the carrier to redirect the parcel.",
      cues: ["address", "change", "delivery", "yesterday"],
    },
    {
      text: 'Usually, yes. An order placed yesterday has normally not left the warehouse yet, so update the address under "My orders", or send us the order number and the new address and we will change it for you.',
      cues: ["address", "change", "delivery", "yesterday"],
    },
    {
      text: "You can return any item within 30 days of delivery for a full refund. Start the return from your account, print the prepaid label, and the money reaches your card within five working days of the parcel arriving back with us.",
      cues: ["refund", "return", "money"],
    },
    {
      text: "You can follow your parcel with the tracking link in the shipping confirmation email. Most orders arrive within two to four working days; if yours has not moved for three days, reply to that email and we will look into it with the carrier.",
      cues: ["where", "tracking", "track", "arrive", "late"],
    },
  ],
};
