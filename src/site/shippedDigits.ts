// The shipped handwritten digits as the credits page describes them: how many images each file
// holds (tests/site/shippedDigits.test.ts checks them against public/data/digits.json).

/** Images in public/data/digits-train.bin.gz and digits-test.bin.gz (each 28×28, from MNIST). */
export const SHIPPED_DIGIT_COUNTS = { train: 12_000, test: 2_000 } as const;

/** The licence of the digit files, as public/data/NOTICE states it, and its text. */
export const DIGITS_LICENCE = { name: 'CC BY-SA 3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/' } as const;
