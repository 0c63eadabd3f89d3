import { ClientMessages } from "~/i18n/client-messages";

/** The dashboard's charts and tables. */
export default function ProgressLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["progress", "review", "skills", "types", "learn"]}>
      {children}
    </ClientMessages>
  );
}
