import { ClientMessages } from "~/i18n/client-messages";

/** Spaced review. */
export default function ReviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["review", "attempt", "items", "skills", "types"]}>{children}</ClientMessages>
  );
}
