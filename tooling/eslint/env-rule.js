// `process.env` is read in designated modules only: a package's env module (env.ts, *-env.ts),
// config files, scripts (process entry points) and tests. Everything else gets validated values
// from its env module, so a missing or malformed variable fails once, at start, with a clear message.
const message =
  "Read the environment in this package's env module (env.ts or *-env.ts) and import the validated value.";

export const envRule = [
  {
    name: "env/process-env",
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message }],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "VariableDeclarator[init.type='Identifier'][init.name='process'] > ObjectPattern > Property[key.name='env']",
          message,
        },
      ],
    },
  },
  {
    name: "env/designated-modules",
    files: [
      "**/env.ts",
      "**/*-env.ts",
      "**/*.config.ts",
      "**/scripts/**",
      "**/test/**",
      "**/*.test.ts",
      "**/*.spec.ts",
    ],
    rules: { "no-restricted-properties": "off", "no-restricted-syntax": "off" },
  },
];
