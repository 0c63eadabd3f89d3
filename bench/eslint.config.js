import base from "@dc/eslint-config";

export default base;
