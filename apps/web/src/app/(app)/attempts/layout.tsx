import { ClientMessages } from "~/i18n/client-messages";

/** The quiz player and its results. */
export default function AttemptLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["attempt", "items", "reader", "skills", "types", "integrity"]}>
      {children}
    </ClientMessages>
  );
}
