type Convert = (text: string) => string;

/** Builds a converter on first use: building OpenCC's dictionary trie costs tens of milliseconds. */
export function lazy(build: () => Convert): Convert {
  let convert: Convert | undefined;
  return (text) => (convert ??= build())(text);
}
