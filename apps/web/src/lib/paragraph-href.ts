/** Paragraph `sN-…` belongs to lesson N, whose reader anchors it by id. */
export const paragraphHref = (paragraphId: string) => `/learn/${paragraphId.slice(1, 2)}#${paragraphId}`;
