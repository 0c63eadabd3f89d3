import { ClientMessages } from "~/i18n/client-messages";

/** Joining and listing classes. */
export default function ClassesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["classes"]}>{children}</ClientMessages>;
}
