declare module 'virtual:ger-custom-elements' {
  /** The Custom Elements Manifest of packages/components, built by .storybook/main.ts. */
  const manifest: unknown;
  export default manifest;
}
