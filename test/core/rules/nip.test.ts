import { formatNip, isValidNip, nipDigits } from "../../../src/core/rules/nip";

describe("isValidNip", () => {
  it("accepts the seed's NIP, with or without spaces", () => {
    expect(isValidNip("196802231988031001")).toBe(true);
    expect(isValidNip("19680223 198803 1 001")).toBe(true);
  });

  it("needs exactly 18 digits", () => {
    expect(isValidNip("19680223198803100")).toBe(false); // 17
    expect(isValidNip("1968022319880310011")).toBe(false); // 19
    expect(isValidNip("19680223198803100a")).toBe(false);
    expect(isValidNip("")).toBe(false);
  });

  it("checks digits 1-8 as a real date", () => {
    expect(isValidNip("196802301988031001")).toBe(false); // 30 February
    expect(isValidNip("196813011988031001")).toBe(false); // month 13
    expect(isValidNip("196802001988031001")).toBe(false); // day 0
  });

  it("knows leap years", () => {
    expect(isValidNip("196802291988031001")).toBe(true);
    expect(isValidNip("196902291988031001")).toBe(false);
  });

  it("needs digit 15 (sex) to be 1 or 2", () => {
    expect(isValidNip("196802231988032001")).toBe(true);
    expect(isValidNip("196802231988033001")).toBe(false);
    expect(isValidNip("196802231988030001")).toBe(false);
  });

  it("does not check digits 9-14 as a month", () => {
    expect(isValidNip("196802232021131001")).toBe(true);
  });
});

describe("formatNip / nipDigits", () => {
  it("prints the NIP the way the seed does", () => {
    expect(formatNip("196802231988031001")).toBe("19680223 198803 1 001");
    expect(formatNip("19680223 198803 1 001")).toBe("19680223 198803 1 001");
  });

  it("strips whitespace", () => {
    expect(nipDigits(" 19680223 198803\t1 001 ")).toBe("196802231988031001");
  });
});
