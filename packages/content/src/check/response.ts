/*
 * What a learner's browser sends for one item: each type's module declares its response schema (sizes
 * capped: see item-types/base.ts); the registry joins them.
 */
export { ZResponse, type TResponse } from "../item-types/registry";
