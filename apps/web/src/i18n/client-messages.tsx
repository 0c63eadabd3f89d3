import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Every page's header (navigation, language switch, sign-out) and every form's refusals (edge) run these on the client. */
const SHELL_NAMESPACES = ["nav", "common", "edge"];

/**
 * Gives the client components below it the message namespaces they use, and no others: every
 * message handed to the client travels in the page's HTML and is parsed before it is interactive.
 * A nested provider replaces its parent's messages, so each lists all that its subtree needs.
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly string[];
  children: React.ReactNode;
}) {
  const all = await getMessages();
  const picked = Object.fromEntries(
    [...SHELL_NAMESPACES, ...namespaces].filter((ns) => ns in all).map((ns) => [ns, all[ns]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
