"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { errorCode } from "~/lib/error-code";
import { useTRPC } from "~/trpc/react";
import { classErrorKey } from "../../class-errors";
import type { TClassDetail } from "./types";

/**
 * What a class-page mutation does once it is through: put the returned class in the cache (no
 * refetch needed) and refresh the teacher's class list; and how its error reads.
 */
export function useClassCache(classId: string) {
  const t = useTranslations("classes.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const classKey = trpc.class.get.queryKey({ classId });
  return {
    /** Merges a returned ClassView (name, code, archive date, counts) into the cached class. */
    update(view: Omit<TClassDetail, "students" | "former" | "coTeachers" | "isOwner">) {
      queryClient.setQueryData(classKey, (old) => (old ? { ...old, ...view } : old));
      void queryClient.invalidateQueries({ queryKey: trpc.class.list.pathKey() });
    },
    /** Refetches the class (e.g. after a student was removed) and the list. */
    refresh() {
      void queryClient.invalidateQueries({ queryKey: classKey });
      void queryClient.invalidateQueries({ queryKey: trpc.class.list.pathKey() });
    },
    /** The message for an error code, e.g. NAME_REQUIRED found before asking the server. */
    text: (code: string) => t(classErrorKey(code)),
    message(error: unknown) {
      const { code, fields } = errorCode(error);
      // A field's own problem (e.g. NOTICE_TOO_LONG) says more than INVALID_INPUT.
      const field = fields.name ?? fields.notice ?? fields.teacher ?? fields.classNumber;
      return t(classErrorKey(field ?? code));
    },
  };
}
