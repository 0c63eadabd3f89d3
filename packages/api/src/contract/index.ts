/*
 * What the web app may import from the API besides its router's types: error codes, limits and the
 * rules they share. Nothing here reaches the database or the server, so browser code can use it.
 */
export {
  ERROR_CODES,
  FIELD_ERROR_CODES,
  isErrorCode,
  parseErrorMessage,
  type TClientErrorCode,
  type TErrorCode,
  type TFieldErrorCode,
} from "./error-codes";
export { ASSIGNMENT_LIMITS } from "../assignments/limits";
export { GRADING_LIMITS } from "../grading/limits";
