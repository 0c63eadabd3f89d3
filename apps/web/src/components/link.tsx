"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * next/link that prefetches its page when the pointer, a finger or the focus comes to it, rather than
 * as soon as it is on screen: pages full of links (the navigation, the dashboard's paragraph map)
 * would otherwise fetch and parse every target while they load, and on a phone that work delays the
 * first tap. An explicit `prefetch` is kept as given.
 */
export function Link({
  prefetch,
  onMouseEnter,
  onTouchStart,
  onFocus,
  ...props
}: ComponentProps<typeof NextLink>) {
  const [near, setNear] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={prefetch ?? (near ? null : false)}
      onMouseEnter={(event) => {
        setNear(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setNear(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setNear(true);
        onFocus?.(event);
      }}
    />
  );
}
