/**
 * The eight planets, from NASA's Planetary Fact Sheet and planet pages (no maintained npm package
 * holds these facts: astronomy packages compute positions, not moons or diameters). Moon counts
 * change as small moons are found: each says when it was counted.
 */
import type { Source } from "./countries";

export interface Planet {
  name: string;
  /** 1 for Mercury ... 8 for Neptune. */
  order: number;
  /** Known moons, as NASA counted them. */
  moons: number;
  /** A sentence about the moons beyond the count (names, a recent discovery). */
  moonNote?: string;
  /** Equatorial diameter in km. */
  diameterKm: number;
  /** Mean distance from the Sun in millions of km. */
  distanceMkm: number;
  /** One trip around the Sun, in Earth days. */
  yearDays: number;
  kind: "rocky planet" | "gas giant" | "ice giant";
  /** Mean temperature in °C (at the cloud tops for the giants). */
  meanTempC: number;
  /** One day, sunrise to sunrise, in Earth hours. */
  dayHours: number;
  rings: boolean;
  nickname?: string;
  namedFor: string;
}

export const PLANETS: Planet[] = [
  {
    name: "Mercury",
    dayHours: 4222.6,
    order: 1,
    moons: 0,
    diameterKm: 4879,
    distanceMkm: 57.9,
    yearDays: 88,
    kind: "rocky planet",
    meanTempC: 167,
    rings: false,
    namedFor: "the Roman messenger god",
  },
  {
    name: "Venus",
    dayHours: 2802,
    order: 2,
    moons: 0,
    diameterKm: 12104,
    distanceMkm: 108.2,
    yearDays: 224.7,
    kind: "rocky planet",
    meanTempC: 464,
    rings: false,
    nickname: "Earth's twin",
    namedFor: "the Roman goddess of love and beauty",
  },
  {
    name: "Earth",
    dayHours: 24,
    order: 3,
    moons: 1,
    moonNote: "Its one moon is simply called the Moon.",
    diameterKm: 12756,
    distanceMkm: 149.6,
    yearDays: 365.25,
    kind: "rocky planet",
    meanTempC: 15,
    rings: false,
    namedFor: "old English and Germanic words for the ground",
  },
  {
    name: "Mars",
    dayHours: 24.7,
    order: 4,
    moons: 2,
    moonNote: "They are called Phobos and Deimos.",
    diameterKm: 6792,
    distanceMkm: 228,
    yearDays: 687,
    kind: "rocky planet",
    meanTempC: -65,
    rings: false,
    nickname: "the Red Planet",
    namedFor: "the Roman god of war",
  },
  {
    name: "Jupiter",
    dayHours: 9.9,
    order: 5,
    moons: 95,
    moonNote:
      "That is the count officially recognised by the IAU as of 2023; the four largest are Io, Europa, Ganymede and Callisto.",
    diameterKm: 142984,
    distanceMkm: 778.5,
    yearDays: 4331,
    kind: "gas giant",
    meanTempC: -110,
    rings: true,
    namedFor: "the king of the Roman gods",
  },
  {
    name: "Saturn",
    dayHours: 10.7,
    order: 6,
    moons: 274,
    moonNote: "That is the count confirmed as of March 2025; the largest is Titan.",
    diameterKm: 120536,
    distanceMkm: 1432,
    yearDays: 10747,
    kind: "gas giant",
    meanTempC: -140,
    rings: true,
    namedFor: "the Roman god of agriculture",
  },
  {
    name: "Uranus",
    dayHours: 17.2,
    order: 7,
    moons: 28,
    moonNote: "A 29th, found by the James Webb Space Telescope, was announced in August 2025.",
    diameterKm: 51118,
    distanceMkm: 2867,
    yearDays: 30589,
    kind: "ice giant",
    meanTempC: -195,
    rings: true,
    namedFor: "the Greek god of the sky",
  },
  {
    name: "Neptune",
    dayHours: 16.1,
    order: 8,
    moons: 16,
    moonNote: "That is the count as of 2024; the largest is Triton.",
    diameterKm: 49528,
    distanceMkm: 4515,
    yearDays: 59800,
    kind: "ice giant",
    meanTempC: -200,
    rings: true,
    namedFor: "the Roman god of the sea",
  },
];

export const PLANET_SOURCES: Source[] = [
  {
    url: "https://nssdc.gsfc.nasa.gov/planetary/factsheet/",
    says: "NASA's Planetary Fact Sheet: diameter, mean distance from the Sun, orbital period, length of day, mean temperature, number of moons and ring systems of each planet.",
  },
  {
    url: "https://science.nasa.gov/solar-system/moons/",
    says: "NASA's moon counts: Earth 1, Mars 2, Jupiter 95, Saturn 274, Uranus 28, Neptune 16; Mercury and Venus have none.",
  },
  {
    url: "https://www.iau.org/public/themes/pluto/",
    says: "In 2006 the IAU defined a planet so that the solar system has eight; Pluto is a dwarf planet.",
  },
];

const PLANET_NAME = new RegExp(`\\b(${PLANETS.map((p) => p.name).join("|")})\\b`, "i");

export function findPlanet(text: string): Planet | undefined {
  const m = PLANET_NAME.exec(text);
  return m ? PLANETS.find((p) => p.name.toLowerCase() === m[1].toLowerCase()) : undefined;
}
