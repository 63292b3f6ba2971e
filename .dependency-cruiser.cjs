// The rooms of src/ and which way their doors open: a folder imports only from folders listed before it, so
// dependencies point one way, from the modes down to the primitives. `npm run lint` runs it.
const rooms = [
  'common', // errors, bounded parallel work, units: what every room uses
  'aws', // SDK clients, calls, waiters, Lambda's limits, names and ARNs, SSM
  'inputs', // the settings, read from the inputs in one place
  'pack', // read a folder or zip, hash it, zip it, upload it
  'verify', // the content checks: what files are, what a runtime can load
  'layers', // find or publish a layer version
  'functions', // one function: plan, code and layers, a version, its alias
  'rollback', // the record the post step reads, putting aliases back
  'traffic', // moving aliases: smoke test, stages, alarms
  'report', // outputs and the job summary
  'modes', // deploy, cleanup, rollback
];

const upward = rooms.map((room, index) => ({
  name: `${room}-imports-no-later-room`,
  comment: `src/${room} may import only from ${rooms.slice(0, index + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/${room}/` },
  to: { path: `^src/(${[...rooms.slice(index + 1), '[^/]+\\.ts$'].join('|')})` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties modules that cannot then be read, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-imports-no-tooling',
      severity: 'error',
      comment: 'The action never reaches into its tests, bench or demo.',
      from: { path: '^src/' },
      to: { path: '^(__tests__|bench|demo)/' },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
