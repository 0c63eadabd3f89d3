import { ClientMessages } from "~/i18n/client-messages";

/** A student's assignments. */
export default function AssignmentsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["assignments", "attempt", "integrity"]}>{children}</ClientMessages>;
}
