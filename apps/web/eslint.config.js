import react from "@dc/eslint-config/react";

export default react;
