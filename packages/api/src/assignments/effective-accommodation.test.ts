import { describe, expect, it } from "vitest";
import { effectiveAccommodation, NO_EXTRA } from "./effective-accommodation";

const timed = { timeLimitSec: 20 * 60, maxAttempts: 1 };
const untimed = { timeLimitSec: null, maxAttempts: 2 };

describe("effectiveAccommodation", () => {
  it("gives nothing extra without any accommodation", () => {
    const e = effectiveAccommodation(timed, null, null);
    expect(e).toMatchObject({ source: "NONE", extraTimeSec: 0, timeLimitSec: 1200, attemptsAllowed: 1 });
    expect(effectiveAccommodation(timed, NO_EXTRA, undefined).source).toBe("NONE");
  });

  it("applies the standing accommodation: per cent of the time limit plus fixed minutes", () => {
    const e = effectiveAccommodation(
      timed,
      { extraTimeSec: 120, extraTimePercent: 25, extraAttempts: 1 },
      null,
    );
    expect(e).toMatchObject({
      source: "STANDING",
      extraTimeSec: 120 + 300,
      timeLimitSec: 1200 + 420,
      attemptsAllowed: 2,
      extraTimePercent: 25,
      extraTimeMinutes: 2,
    });
  });

  it("lets the assignment's own accommodation win whole, even when it gives less", () => {
    const standing = { extraTimeSec: 0, extraTimePercent: 50, extraAttempts: 2 };
    const e = effectiveAccommodation(timed, standing, {
      extraTimeSec: 60,
      extraTimePercent: 0,
      extraAttempts: 0,
    });
    expect(e).toMatchObject({ source: "ASSIGNMENT", extraTimeSec: 60, attemptsAllowed: 1 });
    const none = effectiveAccommodation(timed, standing, NO_EXTRA);
    expect(none).toMatchObject({ source: "ASSIGNMENT", extraTimeSec: 0, timeLimitSec: 1200 });
  });

  it("rounds per cent up to whole seconds", () => {
    const e = effectiveAccommodation(
      { timeLimitSec: 61, maxAttempts: 1 },
      { ...NO_EXTRA, extraTimePercent: 10 },
      null,
    );
    expect(e.extraTimeSec).toBe(7);
  });

  it("gives no extra time on an untimed assignment, but still the extra attempts", () => {
    const e = effectiveAccommodation(
      untimed,
      { extraTimeSec: 300, extraTimePercent: 25, extraAttempts: 1 },
      null,
    );
    expect(e).toMatchObject({ extraTimeSec: 0, timeLimitSec: null, attemptsAllowed: 3 });
  });
});
