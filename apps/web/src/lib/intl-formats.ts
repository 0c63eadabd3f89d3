/*
 * Intl formatters, made once per locale and options. Constructing one costs far more than using
 * it (locale data is resolved each time), and a dashboard formats hundreds of numbers and dates.
 */

function memoize<O, F>(make: (locale: string, options: O) => F) {
  const made = new Map<string, F>();
  return (locale: string, options: O): F => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) made.set(key, (formatter = make(locale, options)));
    return formatter;
  };
}

export const numberFormat = memoize(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
export const dateTimeFormat = memoize(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);
export const relativeTimeFormat = memoize(
  (locale, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
);

/** "60%" in the interface language; whole percents. */
export const formatPercent = (value: number, locale: string) =>
  numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
