// Jest's Node environment, plus one thing: `nativeRequire`, Node's own require, whose module cache
// lasts for a whole Jest worker. Jest loads modules afresh for every test file (its module
// registry); a large library needed by many files and holding no per-file state (playwright-core:
// about 1 s of CPU to load) is taken from here instead, once per worker.
const { TestEnvironment } = require("jest-environment-node");

class Environment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.nativeRequire = require;
  }
}

module.exports = Environment;
