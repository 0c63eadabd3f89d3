// The web's name for the one zh/en text picker (shared with the api's exports). From the zod-free
// entry: the main entry would put zod and the whole item bank in every page that picks a text.
export { localized } from "@dc/content/constants";
