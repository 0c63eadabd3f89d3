// The web's name for the one zh/en text picker (in @dc/content, shared with the api's exports).
export { localized } from "@dc/content";
