import { ClientMessages } from "~/i18n/client-messages";

/** Lessons: the reader and the practice/quiz starter. */
export default function LearnLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["learn", "reader", "attempt", "studentHome"]}>{children}</ClientMessages>
  );
}
