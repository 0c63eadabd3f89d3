// Next's ambient types, so typecheck works before `next build` or `next dev` writes next-env.d.ts
// (which is git-ignored: dev and build write different versions of it).
/// <reference types="next" />
/// <reference types="next/image-types/global" />
