#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(101)
const { safeRe: re, t } = __nccwpck_require__(471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = __nccwpck_require__(353)
const { safeRe: re, t } = __nccwpck_require__(471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(101)
const debug = __nccwpck_require__(159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/engine/characters.ts
// Characters no inventory value may carry into a command, a comment or a terminal: they would
// split a line, or make it read as something else than what runs.
/**
 * DEL and C1 controls, and the invisible format characters of the Basic Multilingual Plane: the
 * soft hyphen, the Arabic letter mark, the Mongolian vowel separator, zero-width spaces and
 * joiners, left-to-right/right-to-left marks, line and paragraph separators, bidirectional
 * embeddings, overrides and isolates, the word joiner and invisible operators, the deprecated
 * format characters, the byte order mark and interlinear annotations. A regular expression
 * character-class body; C0 controls are added by each user (a terminal keeps \n).
 */
const INVISIBLE = '\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064' +
    '\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb';
/**
 * The tag characters (U+E0000-U+E007F, invisible), as the UTF-16 surrogate pairs they are: a
 * pattern without the `u` flag, so that it also works in the JSON Schemas for editors.
 */
const TAGS = '\\udb40[\\udc00-\\udc7f]';
/**
 * What ends a line or drives a terminal: C0 controls (LF, CR, VT, FF among them), DEL, C1
 * controls (NEL among them), and the line and paragraph separators. A character class body: free
 * text that another tool wrote (a display name in violet's export) may hold anything else, which
 * oneLine() shows as an escape.
 */
const LINE_BREAKING = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029';
/** C0 controls plus INVISIBLE: a character class body (TAGS is matched beside it). */
const UNSAFE = `\\u0000-\\u001f${INVISIBLE}`;
/** Any one character a one-line value must never contain, as a pattern. */
const UNSAFE_CHARACTER = `[${UNSAFE}]|${TAGS}`;
const UNSAFE_ANYWHERE = new RegExp(UNSAFE_CHARACTER, 'g');
const ESCAPE = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * Any value as one line that reads as what it is: every character above (line feed, carriage
 * return, vertical tab, form feed, NEL, the line and paragraph separators, terminal escapes and
 * the invisible characters) is shown as an escape (`\n`, `\u{2028}`), never dropped. The one
 * function every note, heading, table cell, summary, annotation and SARIF message goes through:
 * in a runbook's `# note` a line break would end the comment and start a command of its own. A
 * value of one safe line comes back unchanged, and so does a value that already went through.
 */
function oneLine(value) {
    return value.replace(UNSAFE_ANYWHERE, (c) => ESCAPE[c] ?? `\\u{${c.codePointAt(0).toString(16)}}`);
}

;// CONCATENATED MODULE: ./src/engine/rules/rule.ts
/** A rule: checks its shape, and keeps the literal id for the registry's `RuleId` type. */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/engine/rules/catalog/index.ts
// catalog/*: the facts the plan is judged by. catalog/catalog.ts reports an entry of catalog.yaml
// that replaces a built-in one while it builds the catalog; the workflow's catalog-overrides input
// decides how much that weighs, never a waiver.

const CATALOG_RULES = [
    defineRule({
        id: 'catalog/override',
        severity: 'warning',
        title: 'catalog.yaml replaces a built-in release, upgrade path or package rule',
        waivable: false,
        phase: 'input',
        reportedBy: 'the catalog, while it merges catalog.yaml into the built-in one',
    }),
];

;// CONCATENATED MODULE: ./src/engine/rules/drift/index.ts
// drift/*: drift mode (drift.ts) compares the committed apps.yaml with a fresh `violet list`
// export. The committed inventory no longer describes the platform: nothing to waive.

const drift = 'drift mode, comparing apps.yaml with a live export';
const DRIFT_RULES = [
    defineRule({
        id: 'drift/app-added',
        severity: 'error',
        title: 'An application runs that apps.yaml lacks',
        waivable: false,
        phase: 'drift',
        reportedBy: drift,
    }),
    defineRule({
        id: 'drift/app-removed',
        severity: 'error',
        title: 'An application in apps.yaml no longer runs',
        waivable: false,
        phase: 'drift',
        reportedBy: drift,
    }),
    defineRule({
        id: 'drift/version-changed',
        severity: 'error',
        title: 'An application runs another version than apps.yaml says',
        waivable: false,
        phase: 'drift',
        reportedBy: drift,
    }),
    defineRule({
        id: 'drift/type-changed',
        severity: 'error',
        title: 'An application has another type than apps.yaml says',
        waivable: false,
        phase: 'drift',
        reportedBy: drift,
    }),
    defineRule({
        id: 'drift/cluster-added',
        severity: 'error',
        title: 'A cluster runs that clusters.yaml lacks',
        waivable: false,
        phase: 'drift',
        reportedBy: drift,
    }),
    defineRule({
        id: 'drift/cluster-removed',
        severity: 'error',
        title: 'A cluster in apps.yaml is gone from the platform',
        waivable: false,
        phase: 'drift',
        reportedBy: drift,
    }),
];

;// CONCATENATED MODULE: ./src/engine/rules/input/index.ts
// input/*: the inventory files themselves. The loaders report these while they read the files
// (io, yaml.ts, inventory/load.ts, inventory/validate.ts); nothing else is checked in a file that
// does not load, and none of them can be waived.

const loaders = 'the loaders, while they read the inventory files';
const INPUT_RULES = [
    defineRule({
        id: 'input/yaml-syntax',
        severity: 'error',
        title: 'A file is not valid YAML',
        waivable: false,
        phase: 'input',
        reportedBy: loaders,
    }),
    defineRule({
        id: 'input/schema',
        severity: 'error',
        title: 'A value has the wrong type or an unknown key',
        waivable: false,
        phase: 'input',
        reportedBy: loaders,
    }),
    defineRule({
        id: 'input/missing-file',
        severity: 'error',
        title: 'A required inventory file is absent',
        waivable: false,
        phase: 'input',
        reportedBy: loaders,
    }),
    defineRule({
        id: 'input/unknown-cluster',
        severity: 'error',
        title: 'A cluster name that clusters.yaml lacks',
        waivable: false,
        phase: 'input',
        reportedBy: loaders,
    }),
    defineRule({
        id: 'input/unknown-version',
        severity: 'error',
        title: 'A version the release catalog does not know',
        waivable: false,
        phase: 'input',
        reportedBy: loaders,
    }),
    defineRule({
        id: 'input/duplicate',
        severity: 'error',
        title: 'A cluster, package or key listed twice',
        waivable: false,
        phase: 'input',
        reportedBy: loaders,
    }),
];

// EXTERNAL MODULE: ./node_modules/semver/functions/coerce.js
var coerce = __nccwpck_require__(385);
var coerce_default = /*#__PURE__*/__nccwpck_require__.n(coerce);
// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(469);
var compare_default = /*#__PURE__*/__nccwpck_require__.n(compare);
;// CONCATENATED MODULE: ./src/engine/versions.ts
// ACP Distribution Versions and Kubernetes versions: `4.3`, `4.3.0`, `v1.31.6`. Rules are keyed by
// minor version; an exact patch matters only where the user or a document gives one.
// Only the two functions used: semver's index loads every range and comparator module at start.


const VERSION = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?$/;
function parseVersion(text) {
    const match = VERSION.exec(text.trim());
    if (!match)
        return null;
    const [, major, minor, patch] = match;
    return {
        major: Number(major),
        minor: Number(minor),
        patch: patch === undefined ? undefined : Number(patch),
        text: text.trim().replace(/^v/, ''),
    };
}
/**
 * SPEC §1: `4.3` means any 4.3 patch where a rule is keyed by minor, and 4.3.0 where an exact
 * version is needed: the version a step or a plan goes to.
 */
function exactVersion(version) {
    if (version.patch !== undefined)
        return version;
    return { ...version, patch: 0, text: `${version.text}.0` };
}
/** `4.3` for 4.3.0: the key of the support matrix and of upgrade edges. */
function minorOf(version) {
    return `${version.major}.${version.minor}`;
}
function compareMinor(a, b) {
    return a.major - b.major || a.minor - b.minor;
}
/** Orders versions; a version without a patch equals every patch of its minor. */
function compareVersions(a, b) {
    const byMinor = compareMinor(a, b);
    if (byMinor !== 0 || a.patch === undefined || b.patch === undefined)
        return byMinor;
    return a.patch - b.patch;
}
/** True when `version` is `wanted`, or a patch of it when `wanted` names only a minor. */
function matchesVersion(version, wanted) {
    if (compareMinor(version, wanted) !== 0)
        return false;
    return (wanted.patch === undefined || version.patch === undefined || version.patch === wanted.patch);
}
/** Number of Kubernetes minors between two versions (same major assumed, as for all of 1.x). */
function minorDistance(from, to) {
    return (to.major - from.major) * 1000 + (to.minor - from.minor);
}
/**
 * Application versions from `violet list` and packages.yaml ("v4.2.5", "2.3.0"): compared as
 * semver; null when either side is not a version semver can read, so nothing is guessed.
 */
function compareAppVersions(a, b) {
    const left = coerced(a);
    const right = coerced(b);
    if (!left || !right)
        return null;
    return compare_default()(left, right);
}
/**
 * semver's reading of an application version, once per text: a fleet's apps.yaml repeats a few
 * versions on tens of thousands of installations. Bounded, so that no input grows it forever.
 */
const COERCED = new Map();
function coerced(text) {
    let version = COERCED.get(text);
    if (version === undefined) {
        if (COERCED.size >= 10_000)
            COERCED.clear();
        version = coerce_default()(text, { includePrerelease: true });
        COERCED.set(text, version);
    }
    return version;
}

;// CONCATENATED MODULE: ./src/engine/rules/order/dr-standby-first.ts
// order/dr-standby-first: with global DR, the standby reaches a version before the primary.


const drStandbyFirst = defineRule({
    id: 'order/dr-standby-first',
    severity: 'error',
    title: 'The primary global moves before the DR standby',
    waivable: false,
    phase: 'step',
    check: {
        step(ctx, out) {
            const to = ctx.move?.to;
            const standby = ctx.platform.standby;
            if (!to || ctx.cluster.role !== 'global' || !standby)
                return;
            if (compareVersions(standby.version, to) >= 0)
                return;
            out.report(`step ${ctx.step.index} moves the primary global ${ctx.cluster.name} to ${to.text} while the DR standby ${standby.name} is still on ${standby.version.text}; upgrade ${standby.name} to ${to.text} in an earlier step`, ctx.at, { cluster: ctx.cluster.name, step: ctx.step.index });
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/order/global-first.ts
// order/global-first: a workload may only go where the whole global tier already is.


const globalFirst = defineRule({
    id: 'order/global-first',
    severity: 'error',
    title: 'A workload cluster moves before the global tier',
    waivable: false,
    phase: 'step',
    check: {
        step(ctx, out) {
            const to = ctx.move?.to;
            if (!to || ctx.cluster.role !== 'workload')
                return;
            const behind = ctx.platform.globalTier.filter((g) => compareVersions(g.version, to) < 0);
            if (behind.length === 0)
                return;
            const where = behind.map((g) => `${g.name} is on ${g.version.text}`).join(' and ');
            out.report(`step ${ctx.step.index} moves workload ${ctx.cluster.name} to ${to.text}, but ${where} at that point; upgrade the global tier${ctx.platform.standby ? ' (standby, then primary)' : ''} to ${to.text} in an earlier step`, ctx.at, { cluster: ctx.cluster.name, step: ctx.step.index });
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/order/immutable-multi-minor.ts
// order/immutable-multi-minor (ACP-FACTS ordering rule 5): immutable infrastructure needs
// artifacts for every Kubernetes minor it passes.


const immutableMultiMinor = defineRule({
    id: 'order/immutable-multi-minor',
    severity: 'warning',
    title: 'An immutable-infrastructure cluster jumps more than one Kubernetes minor',
    waivable: true,
    phase: 'step',
    check: {
        step(ctx, out) {
            if (ctx.noop || ctx.kubernetes.down)
                return;
            if (ctx.cluster.spec.infrastructure !== 'immutable')
                return;
            const { from, to } = ctx.kubernetes;
            const jump = minorDistance(from, to);
            if (jump <= 1)
                return;
            const between = Array.from({ length: jump - 1 }, (_, i) => `${from.major}.${from.minor + i + 1}`);
            out.report(`step ${ctx.step.index} takes immutable-infrastructure cluster ${ctx.cluster.name} from Kubernetes ${minorOf(from)} to ${minorOf(to)} (${jump} minors); stage the intermediate artifacts (${between.join(', ')}) before the window`, ctx.kubernetes.at, { cluster: ctx.cluster.name, step: ctx.step.index });
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/routes.ts

/** Does every cluster meet this edge's Kubernetes prerequisite as things stand? */
function edgePrerequisiteMet(catalog, edge, clusters) {
    return clusters.every((c) => kubernetesMeets(catalog, edge, c));
}
/** Whether one cluster meets an edge's Kubernetes prerequisite. */
function kubernetesMeets(catalog, edge, cluster) {
    if (edge.kubernetes.kind === 'at-least') {
        return compareMinor(cluster.kubernetes, edge.kubernetes.minimum) >= 0;
    }
    if (cluster.role !== 'workload')
        return true;
    return inCompatible(catalog.release(edge.to), cluster.kubernetes);
}
function inCompatible(release, kubernetes) {
    if (!release?.compatible)
        return true;
    return release.compatible.some((v) => compareMinor(v, kubernetes) === 0);
}
/**
 * The preferred shortest route from a version to a target, or undefined when none exists
 * (SPEC §3, path/unsupported): the shortest; among equally short routes, the one whose first hop
 * the clusters can take now, without a Kubernetes-only step; then the one through the newer
 * intermediate releases, compared hop by hop. Built hop by hop from the distances to the target,
 * so its cost is linear in the catalog's size whatever the number of equally short routes.
 */
function preferredRoute(catalog, from, to, clusters) {
    if (compareMinor(from, to) === 0)
        return [];
    const hops = catalog.hopsTo(to);
    const onShortestRoute = (edge, here) => hops.get(minorOf(edge.to)) === hops.get(here) - 1;
    // The first hop from the source's own patch (later hops land on a minor), on a shortest route.
    const fewest = shortestFirstHop(catalog, from, hops);
    const first = catalog
        .edgesFrom(from)
        .filter((edge) => catalog.allowsSource(edge, from) && hops.get(minorOf(edge.to)) === fewest);
    if (first.length === 0)
        return undefined;
    const ready = first.filter((edge) => edgePrerequisiteMet(catalog, edge, clusters));
    const route = [newest(ready.length > 0 ? ready : first)];
    for (;;) {
        const here = minorOf(route[route.length - 1].to);
        if (hops.get(here) === 0)
            return route;
        route.push(newest(catalog.edgesFrom(route[route.length - 1].to).filter((e) => onShortestRoute(e, here))));
    }
}
/** The fewest hops left after a first hop the source's patch may take. */
function shortestFirstHop(catalog, from, hops) {
    let best = Infinity;
    for (const edge of catalog.edgesFrom(from)) {
        const left = hops.get(minorOf(edge.to));
        if (left !== undefined && catalog.allowsSource(edge, from))
            best = Math.min(best, left);
    }
    return best;
}
function newest(edges) {
    return edges.reduce((best, edge) => (compareMinor(edge.to, best.to) > 0 ? edge : best));
}
/** `3.18 -> 4.0 -> 4.3` */
function describeRoute(from, route) {
    return [minorOf(from), ...route.map((edge) => minorOf(edge.to))].join(' -> ');
}
/**
 * Which Kubernetes-only step brings a cluster into an edge's prerequisite: the lowest minor that
 * both the prerequisite accepts and the cluster's current release supports (ACP-FACTS ordering
 * rule 4: upgrade the workload's Kubernetes first, within its current release).
 */
function kubernetesFix(catalog, cluster, edge) {
    const accepts = (v) => edge.kubernetes.kind === 'at-least'
        ? compareMinor(v, edge.kubernetes.minimum) >= 0
        : (catalog.release(edge.to)?.compatible ?? []).some((c) => compareMinor(c, v) === 0);
    const current = catalog.release(cluster.version)?.compatible;
    const candidates = current
        ? [...current]
        : edge.kubernetes.kind === 'at-least'
            ? [edge.kubernetes.minimum]
            : [];
    return candidates
        .filter((v) => accepts(v) && compareMinor(v, cluster.kubernetes) >= 0)
        .sort(compareMinor)[0];
}

;// CONCATENATED MODULE: ./src/engine/rules/text.ts
/** `1.31-1.34` */
function rangeText(versions) {
    if (versions.length === 0)
        return 'a documented version';
    const sorted = [...versions].sort((a, b) => a.major - b.major || a.minor - b.minor);
    return sorted.length === 1
        ? sorted[0].text
        : `${sorted[0].text}-${sorted[sorted.length - 1].text}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/engine/rules/order/kubernetes-step.ts
// order/kubernetes-step: a Kubernetes-only step stays inside the current release's Compatible
// Versions.




const kubernetesStep = defineRule({
    id: 'order/kubernetes-step',
    severity: 'error',
    title: "A Kubernetes-only step leaves the release's Compatible Versions",
    waivable: true,
    phase: 'step',
    check: {
        step(ctx, out) {
            if (ctx.move || ctx.noop || ctx.kubernetes.down)
                return;
            const release = ctx.catalog.release(ctx.cluster.version);
            const kubernetes = ctx.kubernetes.to;
            if (!release?.compatible || inCompatible(release, kubernetes))
                return;
            out.report(`step ${ctx.step.index} moves ${ctx.cluster.name} to Kubernetes ${kubernetes.text}, outside its release ${minorOf(ctx.cluster.version)}'s Compatible Versions (${rangeText(release.compatible)}); pick a version in that range, or move the Distribution Version with it (a step with "to")`, ctx.kubernetes.at, { cluster: ctx.cluster.name, step: ctx.step.index });
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/order/kubernetes-with-core.ts
// order/kubernetes-with-core (ACP-FACTS ordering rule 5): a release's Core is validated on its own
// Kubernetes minor, so Kubernetes moves with Core in the same window.


const kubernetesWithCore = defineRule({
    id: 'order/kubernetes-with-core',
    severity: 'warning',
    title: "A cluster reaches a release without that release's Kubernetes",
    waivable: true,
    phase: 'step',
    check: {
        step(ctx, out) {
            const to = ctx.move?.to;
            if (!to || ctx.kubernetes.down)
                return;
            const kubernetes = ctx.kubernetes.to;
            const creation = ctx.catalog.release(to)?.creation;
            if (!creation || creation.some((v) => compareMinor(v, kubernetes) === 0))
                return;
            out.report(`${ctx.cluster.name} reaches ${to.text} on Kubernetes ${kubernetes.text}, but ${minorOf(to)} is validated on ${creation.map((v) => v.text).join(', ')}; upgrade Kubernetes in the same window (drop "kubernetes" from step ${ctx.step.index}, or set it to ${creation[0].text})`, ctx.kubernetes.at, { cluster: ctx.cluster.name, step: ctx.step.index });
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/order/workload-kubernetes.ts




const workloadKubernetes = defineRule({
    id: 'order/workload-kubernetes',
    severity: 'error',
    title: "A workload's Kubernetes is outside the release the global moves to",
    waivable: true,
    phase: 'step',
    check: {
        step(ctx, out) {
            const edge = ctx.move?.edge;
            if (!edge || ctx.cluster.role === 'workload')
                return;
            const memory = out.memory(() => ({ standby: [], atPrimary: new Set() }));
            for (const workload of ctx.platform.workloads()) {
                if (kubernetesMeets(ctx.catalog, edge, workload))
                    continue;
                const key = `${workload.name}@${minorOf(edge.to)}`;
                // At the step itself (SPEC §4's example): the workload at fault is not named in it.
                const finding = {
                    key,
                    message: message(ctx, edge, workload),
                    at: ctx.step.at,
                    details: { cluster: workload.name, step: ctx.step.index },
                };
                if (ctx.cluster.role === 'standby') {
                    memory.standby.push(finding);
                }
                else {
                    memory.atPrimary.add(key);
                    out.report(finding.message, finding.at, finding.details);
                }
            }
        },
        plan(_ctx, out) {
            const memory = out.memory(() => ({ standby: [], atPrimary: new Set() }));
            for (const pending of memory.standby) {
                if (!memory.atPrimary.has(pending.key))
                    out.report(pending.message, pending.at, pending.details);
            }
        },
    },
});
function message(ctx, edge, workload) {
    const { catalog } = ctx;
    const target = minorOf(edge.to);
    const need = edge.kubernetes.kind === 'at-least'
        ? `${minorOf(edge.from)} -> ${target} needs every cluster on Kubernetes ${edge.kubernetes.minimum.text} or later`
        : `${target} needs workloads on ${rangeText(catalog.release(edge.to)?.compatible ?? [])}`;
    const start = tierStartStep(ctx, edge);
    const before = start === ctx.step.index
        ? `before step ${start}`
        : `before step ${start}, where the global tier starts moving to ${target}`;
    const fix = kubernetesFix(catalog, workload, edge);
    const accepted = catalog.release(edge.to)?.compatible ?? [];
    const newest = [...accepted].sort(compareMinor).pop();
    let action;
    if (edge.kubernetes.kind === 'within-compatible' &&
        newest &&
        compareMinor(workload.kubernetes, newest) > 0) {
        // Kubernetes never goes down in an upgrade: no step can fix this, the inventory or the target is wrong.
        action = `${workload.name} runs Kubernetes ${workload.kubernetes.text}, newer than ${target} supports for workload clusters; check ${workload.name}'s kubernetes in clusters.yaml, or choose a target whose Compatible Versions include it`;
    }
    else if (fix) {
        action = `upgrade ${workload.name}'s Kubernetes to ${fix.text} ${before} (a step with cluster: ${workload.name}, kubernetes: "${fix.text}")`;
    }
    else {
        // The workload's own release cannot run a Kubernetes the edge accepts: it must first follow
        // the global tier to the release the tier is leaving, then take a Kubernetes step there.
        const release = ctx.cluster.version;
        const there = kubernetesFix(catalog, { ...workload, version: release }, edge);
        action = `no Kubernetes inside ${workload.name}'s release ${minorOf(workload.version)} fits; upgrade ${workload.name} to ${minorOf(release)}${there ? ` and then its Kubernetes to ${there.text}` : ''} ${before}`;
    }
    return `${action}: step ${ctx.step.index} moves ${ctx.cluster.name} to ${ctx.step.to?.version.text ?? target} and ${workload.name} runs Kubernetes ${workload.kubernetes.text} (${need})`;
}
/** The first step at or before this one that moves a global-tier cluster to the edge's release. */
function tierStartStep(ctx, edge) {
    const tier = new Set(ctx.platform.globalTier.map((g) => g.name));
    for (const step of ctx.platform.plan.steps) {
        if (step.index >= ctx.step.index)
            break;
        if (!step.to || compareMinor(step.to.version, edge.to) !== 0)
            continue;
        if (step.clusters.some((c) => tier.has(c.name)))
            return step.index;
    }
    return ctx.step.index;
}

;// CONCATENATED MODULE: ./src/engine/rules/order/workload-left-behind.ts
// order/workload-left-behind (ACP-FACTS ordering rule 6): after the last step a workload is still
// on an older release than the global, inside the target's Compatible Versions. Allowed, and said
// so: upgrading it is optional, and its operators are not pushed for this window.




const workloadLeftBehind = defineRule({
    id: 'order/workload-left-behind',
    severity: 'notice',
    title: 'A workload stays on an older release (allowed inside the matrix)',
    waivable: true,
    phase: 'plan',
    check: {
        plan({ catalog, plan, journey }, out) {
            const { platform } = journey;
            const global = platform.global;
            const target = catalog.release(plan.target);
            for (const workload of platform.workloads()) {
                if (compareMinor(workload.version, global.version) >= 0)
                    continue;
                if (!target?.compatible || !inCompatible(target, workload.kubernetes))
                    continue;
                out.report(`after the last step workload ${workload.name} stays on ${workload.version.text} (Kubernetes ${workload.kubernetes.text}) while ${global.name} is on ${global.version.text}: allowed, since its Kubernetes is inside ${minorOf(plan.target)}'s Compatible Versions (${rangeText(target.compatible)}), and upgrading it is optional; its operators are not pushed for this plan. Add a step to ${global.version.text} to upgrade it too`, workload.spec.at, { cluster: workload.name });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/order/workload-target.ts
// order/workload-target (ACP-FACTS ordering rule 8): the only target ACP offers a workload is the
// global's current Distribution Version ("cannot be selected manually"). A `to` the global tier
// has not reached yet is order/global-first's; this is a `to` the global went past, or another
// patch of its release.


const workloadTarget = defineRule({
    id: 'order/workload-target',
    severity: 'error',
    title: "A workload goes to another version than the global's current one",
    waivable: false,
    phase: 'step',
    check: {
        step(ctx, out) {
            const to = ctx.move?.to;
            if (!to || ctx.cluster.role !== 'workload')
                return;
            const global = ctx.platform.global;
            if (ctx.platform.globalTier.some((g) => compareVersions(g.version, to) < 0))
                return;
            if (matchesVersion(global.version, to))
                return;
            out.report(`step ${ctx.step.index} moves workload ${ctx.cluster.name} to ${to.text}, but the global cluster ${global.name} is on ${global.version.text} at that point, and a workload can only be upgraded to the global's current version; ${compareMinor(to, global.version) < 0 ? `move ${ctx.cluster.name} before the global tier leaves ${minorOf(to)}, or ` : ''}set this step's "to" to ${global.version.text}`, ctx.step.to.at, { cluster: ctx.cluster.name, step: ctx.step.index });
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/order/index.ts
// order/*: the global tier before workloads, the DR standby before the primary, workloads'
// Kubernetes inside what the global's next release accepts, Kubernetes with Core.








const ORDER_RULES = [
    globalFirst,
    workloadTarget,
    drStandbyFirst,
    workloadKubernetes,
    workloadLeftBehind,
    kubernetesStep,
    kubernetesWithCore,
    immutableMultiMinor,
];

;// CONCATENATED MODULE: ./src/engine/rules/packages/core-missing.ts
// packages/core-missing: each hop's Core package is in packages.yaml.

const coreMissing = defineRule({
    id: 'packages/core-missing',
    severity: 'error',
    title: 'No Core package for a version',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ downloads }, out) {
            for (const download of downloads.list) {
                if (download.kind !== 'core' || download.status !== 'missing')
                    continue;
                const move = download.firstMove;
                if (!move)
                    continue;
                out.report(`no Core package for ${download.version} in packages.yaml, and step ${move.step.index} moves ${move.cluster.name} there; download it from the Customer Portal and add "- core: ${download.version}" with its file`, move.step.to.at, {
                    cluster: move.cluster.name,
                    step: move.step.index,
                    package: `core ${download.version}`,
                });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/packages/incompatible.ts
// packages/incompatible: a package's acpVersions names a release the plan moves to.

const incompatible = defineRule({
    id: 'packages/incompatible',
    severity: 'error',
    title: 'A package excludes the target release',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ downloads, target }, out) {
            const releases = downloads.hops.map((h) => h.version.text);
            for (const info of downloads.packages) {
                if (!info.incompatible)
                    continue;
                const { spec } = info;
                const wanted = releases.length > 1
                    ? `none of the releases the plan moves to (${releases.join(', ')}); download the version for the hop it should serve`
                    : `not the target ${target ?? releases[0]}; download a version compatible with ${target ?? releases[0]}`;
                out.report(`the ${spec.name} package ${spec.version} lists ACP ${spec.acpVersions.map((v) => v.text).join(', ')}, ${wanted}`, spec.acpVersionsAt ?? spec.at, { package: spec.name });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/packages/serving-hint.ts
function servingHint(download, all) {
    if (download.name === undefined)
        return '';
    const others = all.packages.filter((p) => p.spec.name === download.name);
    if (others.length === 0)
        return '';
    const described = others.map((p) => {
        const hops = p.hops.filter((h) => h !== download.hop).map((h) => h.version.text);
        const listed = p.spec.acpVersions
            ? `lists ACP ${p.spec.acpVersions.map((v) => v.text).join(', ')}`
            : 'lists no acpVersions, so it serves the final target only';
        return `${p.spec.version} ${listed}${hops.length > 0 ? ` (used for ${hops.join(', ')})` : ''}`;
    });
    return ` (packages.yaml has ${download.name} ${described.join('; ')})`;
}

;// CONCATENATED MODULE: ./src/engine/rules/packages/log-essentials.ts
// packages/log-essentials: with a log storage plugin installed, a global tier moving to 4.2 or
// later needs the Log Essentials package uploaded before the upgrade.


const logEssentials = defineRule({
    id: 'packages/log-essentials',
    severity: 'error',
    title: 'Log Essentials must be uploaded before this upgrade',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ downloads }, out) {
            for (const download of downloads.list) {
                if (download.kind !== 'package' || download.status !== 'missing')
                    continue;
                if (download.scenario || download.prestage || !download.companion)
                    continue;
                const { move, triggers } = download.companion;
                out.report(`${triggers.join(', ')} (log storage) is installed and step ${move.step.index} moves ${move.cluster.name} to ${move.to.text}: from 4.2 on, the Alauda Container Platform Log Essentials package must be uploaded before the upgrade; download it${servingHint(download, downloads)} and add it to packages.yaml`, move.at, { cluster: move.cluster.name, step: move.step.index, package: 'Log Essentials' });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/packages/missing.ts




const missing = defineRule({
    id: 'packages/missing',
    severity: 'error',
    title: 'An installed application has no package',
    waivable: true,
    phase: 'packages',
    check: {
        packages(ctx, out) {
            const multiHop = ctx.downloads.hops.length > 1;
            for (const download of ctx.downloads.list) {
                if (download.kind === 'package')
                    checkDownload(download, ctx, multiHop, out);
            }
            for (const hop of ctx.downloads.hops)
                checkScenario(hop, ctx, out);
        },
    },
});
function checkDownload(download, { downloads, catalog }, multiHop, out) {
    // Members of a scenario set are reported together, once per hop; the special packages by their
    // own rules (packages/topolvm-prestage, packages/log-essentials).
    if (download.status !== 'missing' || download.scenario)
        return;
    if (download.prestage || download.companion || !download.app)
        return;
    const name = download.name ?? download.displayName ?? 'package';
    const hop = download.hop;
    const moving = download.clusters.filter((c) => hop.moving.has(c));
    const where = `runs on ${download.clusters.join(', ')}`;
    const forHop = multiHop
        ? ` for the hop to ${hop.version.text} (${moving.join(', ')} ${moving.length === 1 ? 'moves' : 'move'} there; an Aligned plugin needs a package for every hop, one whose acpVersions lists ${minorOf(hop.version)})`
        : '';
    const hint = servingHint(download, downloads);
    const scenario = scenarioOf(hop, catalog);
    if (scenario?.agnosticOptional && download.lifecycle === 'agnostic') {
        out.report(`${name} (${download.type}, Agnostic) ${where} but packages.yaml has no package for it${forHop}${hint}: missing Agnostic packages do not block the upgrade to ${minorOf(hop.version)}, but the plugin stays on its version until a later window pushes one; download it now to avoid that window`, download.app.at, { package: name, severity: 'warning' });
        return;
    }
    const cvo = scenario
        ? `; each installed Aligned plugin needs its ${minorOf(hop.version)} package before the upgrade request, or CVO stalls`
        : '';
    out.report(`${name} (${download.type}) ${where} but packages.yaml has no package for it${forHop}${hint}${cvo}; download it before the window (holding one back forces a second window)`, download.app.at, { package: name });
}
/**
 * A scenario set ("ACP Upgrade to v4.4"): one finding per hop listing the members packages.yaml
 * lacks, at the hop's first global-tier step.
 */
function checkScenario(hop, { downloads, catalog }, out) {
    const scenario = scenarioOf(hop, catalog);
    const move = hop.firstTierMove;
    if (!scenario || !move)
        return;
    const absent = missingMembers(downloads, hop, scenario);
    if (absent.length === 0)
        return;
    const names = absent.map((d) => {
        const label = d.displayName ?? d.name ?? 'package';
        return d.clusters.length > 0 ? `${label} (installed on ${d.clusters.join(', ')})` : label;
    });
    const version = hop.version.text;
    out.report(`step ${move.step.index} moves ${move.cluster.name} to ${version}, and packages.yaml lacks ${absent.length} of the ${scenario.displayNames.length} packages of the "${scenario.scenario}" set: ${names.join('; ')}. Download the set with violet ${scenario.violetAtLeast} or later (violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") and list each package with its displayName; the runbook copies them into plugins/ of the extracted Core package, never violet push`, move.at, { cluster: move.cluster.name, step: move.step.index, package: scenario.scenario });
}
function missingMembers(downloads, hop, scenario) {
    return downloads.list.filter((d) => d.kind === 'package' && d.hop === hop && d.scenario === scenario && d.status === 'missing');
}

;// CONCATENATED MODULE: ./src/engine/rules/packages/mysql-pxc.ts
// packages/mysql-pxc (release-4.3 notes): upgrading the global cluster also upgrades the MySQL
// operator, and PXC instances become unmanaged after it; migrate them first.



const mysqlPxc = defineRule({
    id: 'packages/mysql-pxc',
    severity: 'warning',
    title: 'PXC instances become unmanaged after the MySQL operator upgrade',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ catalog, apps, downloads }, out) {
            for (const rule of catalog.packageRules) {
                if (rule.rule !== 'packages/mysql-pxc')
                    continue;
                for (const hop of downloads.hops) {
                    const move = hop.firstTierMove;
                    if (!move || compareMinor(move.to, rule.globalInto) !== 0)
                        continue;
                    if (compareMinor(hop.from, rule.globalInto) >= 0)
                        continue;
                    for (const app of apps.list) {
                        if (app.installed.length === 0)
                            continue;
                        if (!matchesPatterns(rule.application, app.name, app.displayName))
                            continue;
                        const label = app.displayName ? `${app.name} (${app.displayName})` : app.name;
                        out.report(`step ${move.step.index} moves ${move.cluster.name} into ${minorOf(rule.globalInto)} and ${label} runs on ${app.installed.map((i) => i.cluster).join(', ')}: upgrading the global cluster also upgrades the MySQL operator, and PXC instances become unmanaged after that operator upgrade; migrate any PXC instances before this step (waive this finding once there are none)`, move.at, { cluster: move.cluster.name, step: move.step.index, package: app.name });
                    }
                }
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/packages/not-an-upgrade.ts


const notAnUpgrade = defineRule({
    id: 'packages/not-an-upgrade',
    severity: 'error',
    title: 'A package is the version already installed',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ downloads }, out) {
            for (const info of downloads.packages)
                check(info, downloads.hops, out);
        },
    },
});
function check(info, hops, out) {
    const { spec, app } = info;
    if (!app || app.installed.length === 0)
        return;
    const versions = new Set(app.installed.map((i) => i.version));
    if (![...versions].every((v) => compareAppVersions(v, spec.version) === 0))
        return;
    const running = new Set(app.installed.map((i) => i.cluster));
    const moves = hops
        .flatMap((h) => h.moves)
        .filter((m) => running.has(m.cluster.name) && compareMinor(m.from, m.to) < 0);
    if (moves.length === 0)
        return;
    const last = moves[moves.length - 1];
    const release = minorOf(last.to);
    const clusters = [...new Set(moves.map((m) => m.cluster.name))];
    const aligned = spec.lifecycle === 'aligned';
    const head = `the ${spec.name} package ${spec.version} is the version ${[...running].join(', ')} already ${running.size === 1 ? 'runs' : 'run'}, and the plan moves ${clusters.join(', ')} to ${release}`;
    const message = aligned
        ? `${head}: Aligned plugins are released with each ACP version, and without the ${release} package CVO stalls; download the ${spec.name} package for ACP ${release}`
        : `${head}: if it is an Aligned plugin, CVO stalls without the ${release} package; download the ${release} version, or state "lifecycle: agnostic" if this one is meant to stay`;
    out.report(message, spec.versionAt, {
        package: spec.name,
        ...(aligned ? {} : { severity: 'warning' }),
    });
}

;// CONCATENATED MODULE: ./src/engine/did-you-mean.ts
// "Did you mean": the closest known word to one the user wrote (a key, a cluster, a rule id, a
// package name, a subcommand).
/** The closest candidate within a small edit distance, if any. */
function suggest(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const limit = Math.max(1, Math.min(3, Math.floor(candidate.length / 3)));
        const distance = editDistance(lower, candidate.toLowerCase(), limit);
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/**
 * Levenshtein distance with adjacent transpositions (optimal string alignment), or `max + 1`
 * when it is larger than `max`. Only the diagonal band of width 2 * max + 1 is computed, so a
 * comparison costs O(length * max) however long the strings are.
 */
function editDistance(a, b, max = 3) {
    const n = a.length;
    const m = b.length;
    const over = max + 1;
    if (Math.abs(n - m) > max)
        return over;
    let before = new Int32Array(m + 2); // row i - 2
    let previous = new Int32Array(m + 2); // row i - 1
    let current = new Int32Array(m + 2);
    for (let j = 0; j <= m; j++)
        previous[j] = Math.min(j, over);
    for (let i = 1; i <= n; i++) {
        const lo = Math.max(1, i - max);
        const hi = Math.min(m, i + max);
        current[lo - 1] = lo === 1 ? Math.min(i, over) : over;
        let rowMin = current[lo - 1];
        for (let j = lo; j <= hi; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 &&
                j > 1 &&
                a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
                a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
                value = Math.min(value, before[j - 2] + 1);
            }
            current[j] = Math.min(value, over);
            if (current[j] < rowMin)
                rowMin = current[j];
        }
        if (hi < m)
            current[hi + 1] = over;
        if (rowMin >= over)
            return over;
        [before, previous, current] = [previous, current, before];
    }
    return previous[m];
}

;// CONCATENATED MODULE: ./src/engine/rules/packages/not-installed.ts
// packages/not-installed: a package for an application that apps.yaml lists on no cluster and
// that no package rule asks for. It is still pushed (to the global tier only): SPEC §1 lists
// packages for applications to install later; a typo of an installed name is the usual cause.


const notInstalled = defineRule({
    id: 'packages/not-installed',
    severity: 'notice',
    title: 'A package for an application installed nowhere',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ downloads, apps }, out) {
            let installed;
            for (const { spec, app } of downloads.packages) {
                if (app && app.installed.length > 0)
                    continue;
                const asked = downloads.list.some((d) => d.kind === 'package' &&
                    d.spec === spec &&
                    d.reasons.some((r) => r !== 'installed' && r !== 'listed'));
                if (asked)
                    continue;
                installed ??= apps.list.filter((a) => a.installed.length > 0).map((a) => a.name);
                const hint = suggest(spec.name, installed);
                const where = app ? 'apps.yaml lists it on no cluster' : 'apps.yaml does not list it';
                const meant = hint
                    ? `; did you mean "${hint}" (installed on ${apps.byName
                        .get(hint)
                        .installed.map((i) => i.cluster)
                        .join(', ')})? Rename it so the package serves that application`
                    : '; if it is for an application to install after the upgrade, nothing is wrong; otherwise remove it';
                out.report(`the ${spec.name} package is in packages.yaml, but ${where}${meant}. It is pushed as listed, to the global tier only`, spec.at, { package: spec.name });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/packages/older-than-installed.ts
// packages/older-than-installed: a package is not older than what a cluster already runs.

const olderThanInstalled = defineRule({
    id: 'packages/older-than-installed',
    severity: 'error',
    title: 'A package is older than what a cluster runs',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ downloads }, out) {
            for (const { spec, app, olderThan } of downloads.packages) {
                if (olderThan === undefined || !app)
                    continue;
                const where = app.installed.filter((i) => i.version === olderThan).map((i) => i.cluster);
                out.report(`the ${spec.name} package ${spec.version} is older than ${olderThan} on ${where.join(', ')}; download ${olderThan} or later`, spec.versionAt, { package: spec.name });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/packages/topolvm-prestage.ts
// packages/topolvm-prestage: along the catalog's pre-stage edges, an installed TopoLVM has its
// package pushed to the clusters that run it before the global step.



const topolvmPrestage = defineRule({
    id: 'packages/topolvm-prestage',
    severity: 'error',
    title: 'TopoLVM must be pushed before this upgrade',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ downloads }, out) {
            for (const download of downloads.list) {
                if (download.kind !== 'package' || download.status !== 'missing')
                    continue;
                if (download.scenario || !download.prestage)
                    continue;
                const name = download.name ?? download.displayName ?? 'package';
                const { move } = download.prestage;
                const clusters = download.clusters.filter((c) => move.platform.clusters.byName.get(c)?.role !== 'standby');
                out.report(`${name} (TopoLVM) runs on ${download.clusters.join(', ')}, and ${minorOf(move.from)} -> ${minorOf(move.to)} needs its package pushed to those clusters (--clusters ${clusters.join(',')}) before step ${move.step.index} moves ${move.cluster.name}; download it${servingHint(download, downloads)} and add it to packages.yaml`, move.at, { cluster: move.cluster.name, step: move.step.index, package: name });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/packages/type-mismatch.ts
// packages/type-mismatch: packages.yaml and apps.yaml (violet's own export, which decides the push
// command) agree on an application's type.

const typeMismatch = defineRule({
    id: 'packages/type-mismatch',
    severity: 'error',
    title: 'packages.yaml gives an application another type than apps.yaml',
    waivable: true,
    phase: 'packages',
    check: {
        packages({ downloads }, out) {
            for (const { spec, app } of downloads.packages) {
                if (!app || spec.type === app.type)
                    continue;
                out.report(`packages.yaml gives ${spec.name} the type ${spec.type}, but apps.yaml (violet's own export) says ${app.type}; the commands follow apps.yaml (${pushOf(app.type)}): write "type: ${app.type}" here`, spec.typeAt, { package: spec.name });
            }
        },
    },
});
function pushOf(type) {
    if (type === 'OperatorBundle')
        return 'an operator is pushed to global and to every workload that runs it, with --clusters';
    if (type === 'Chart')
        return 'a chart goes to public-charts, without --clusters';
    return 'a cluster plugin is pushed once, without --clusters';
}

;// CONCATENATED MODULE: ./src/engine/rules/packages/index.ts
// packages/*: every download each hop needs is in packages.yaml and fits the journey, and what
// packages.yaml says agrees with violet's own export.










const PACKAGES_RULES = [
    coreMissing,
    missing,
    incompatible,
    olderThanInstalled,
    topolvmPrestage,
    logEssentials,
    typeMismatch,
    notAnUpgrade,
    notInstalled,
    mysqlPxc,
];

;// CONCATENATED MODULE: ./src/engine/rules/path/downgrade.ts
// path/downgrade: ACP upgrades only go up, the Distribution Version and Kubernetes alike, and so
// does the plan's target.


const downgrade = defineRule({
    id: 'path/downgrade',
    severity: 'error',
    title: 'A step lowers a version',
    waivable: false,
    phase: 'step',
    check: {
        step(ctx, out) {
            const { cluster, step } = ctx;
            const say = (what, from, to) => `step ${step.index} would take ${cluster.name}'s ${what} from ${from} down to ${to}; ACP upgrades only go up: fix the version or remove the step`;
            const details = { cluster: cluster.name, step: step.index };
            if (ctx.versionDown && step.to) {
                out.report(say('Distribution Version', cluster.version.text, step.to.version.text), step.to.at, details);
            }
            const { kubernetes } = ctx;
            if (kubernetes.down) {
                out.report(say('Kubernetes', kubernetes.from.text, kubernetes.to.text), kubernetes.at, details);
            }
        },
        plan({ plan, journey }, out) {
            if (compareVersions(plan.target, journey.initialGlobal) >= 0)
                return;
            out.report(`the target ${plan.target.text} is below the global cluster's current ${journey.initialGlobal.text}; ACP upgrades only go up`, plan.targetAt);
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/path/edge-prerequisite.ts
// path/edge-prerequisite: an edge's prerequisites beyond Kubernetes (3.18 -> 4.1: Istio 1.22;
// CostManager/Kubecost uninstalled), checked once per edge when the global tier first takes it.
// An error when apps.yaml shows an application that breaks one; else a notice of what to verify
// by hand, since only the platform can tell.



const edgePrerequisite = defineRule({
    id: 'path/edge-prerequisite',
    severity: 'error',
    title: "An upgrade path's prerequisites beyond Kubernetes",
    waivable: true,
    phase: 'step',
    check: {
        step(ctx, out) {
            const move = ctx.move;
            const edge = move?.edge;
            if (!move || !edge?.prerequisites?.length || move.cluster.role === 'workload')
                return;
            if (!out.once(edgeKey(edge.from, edge.to)))
                return;
            const path = `${minorOf(edge.from)} -> ${minorOf(edge.to)}`;
            const broken = edge.prerequisites.flatMap((p) => {
                const patterns = p.notInstalled;
                if (!patterns)
                    return [];
                const found = (ctx.apps?.list ?? []).filter((app) => app.installed.length > 0 && matchesPatterns(patterns, app.name, app.displayName));
                return found.length > 0 ? [{ prerequisite: p, apps: found }] : [];
            });
            const step = `step ${move.step.index} moves ${move.cluster.name} along ${path}`;
            const at = move.step.to.at;
            const details = { cluster: move.cluster.name, step: move.step.index };
            if (broken.length === 0) {
                out.report(`${step}, which also needs what the inventory cannot show; verify by hand before the window: ${edge.prerequisites.map((p) => p.verify).join('; ')}`, at, { ...details, severity: 'notice' });
                return;
            }
            const byHand = edge.prerequisites.filter((p) => !broken.some((b) => b.prerequisite === p));
            const also = byHand.length
                ? `; also verify by hand: ${byHand.map((p) => p.verify).join('; ')}`
                : '';
            for (const { prerequisite, apps } of broken) {
                const where = apps
                    .map((app) => `${app.name} on ${app.installed.map((i) => i.cluster).join(', ')}`)
                    .join('; ');
                out.report(`${step}, which needs: ${prerequisite.verify}; apps.yaml shows ${where}: uninstall it before the upgrade (and export apps.yaml again)${also}`, at, details);
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/path/kubernetes-prerequisite.ts
// path/kubernetes-prerequisite: an edge with an `at-least` prerequisite needs *all* clusters on
// that Kubernetes or later. Checked for the global tier when one of it moves along the edge, and
// for a workload as it moves itself; workloads below it when the tier moves are
// order/workload-kubernetes's. One finding per cluster and release.



const kubernetesPrerequisite = defineRule({
    id: 'path/kubernetes-prerequisite',
    severity: 'error',
    title: "A cluster's Kubernetes is below the upgrade path's minimum",
    waivable: true,
    phase: 'step',
    check: {
        step(ctx, out) {
            const edge = ctx.move?.edge;
            if (!edge || edge.kubernetes.kind !== 'at-least')
                return;
            const minimum = edge.kubernetes.minimum;
            const clusters = ctx.cluster.role === 'workload' ? [ctx.cluster] : ctx.platform.globalTier;
            for (const cluster of clusters) {
                if (compareMinor(cluster.kubernetes, minimum) >= 0)
                    continue;
                if (!out.once(`${cluster.name}@${minorOf(edge.to)}`))
                    continue;
                const fix = kubernetesFix(ctx.catalog, cluster, edge);
                const whose = cluster.name === ctx.cluster.name
                    ? ''
                    : `, and step ${ctx.step.index} moves ${ctx.cluster.name} along it`;
                out.report(`${minorOf(edge.from)} -> ${minorOf(edge.to)} needs every cluster on Kubernetes ${minimum.text} or later, but ${cluster.name} runs ${cluster.kubernetes.text}${whose}; ` +
                    (fix
                        ? `add a step before step ${ctx.step.index}: cluster: ${cluster.name}, kubernetes: "${fix.text}"`
                        : `no Kubernetes inside ${cluster.name}'s release ${minorOf(cluster.version)} reaches it; check the catalog`), ctx.step.to?.at ?? ctx.at, { cluster: cluster.name, step: ctx.step.index });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/path/no-op-step.ts
// path/no-op-step: a step that changes nothing for a cluster would print an empty window.

const noOpStep = defineRule({
    id: 'path/no-op-step',
    severity: 'warning',
    title: 'A step changes nothing for a cluster',
    waivable: true,
    phase: 'step',
    check: {
        step(ctx, out) {
            if (!ctx.noop)
                return;
            const { cluster, step } = ctx;
            const what = step.to
                ? `already on ${cluster.version.text}${step.kubernetes ? ` and Kubernetes ${cluster.kubernetes.text}` : ''}`
                : `already on Kubernetes ${cluster.kubernetes.text}`;
            out.report(`step ${step.index} changes nothing for ${cluster.name}: it is ${what} at that point; remove ${cluster.name} from the step (a repeated step would print a maintenance window that does nothing)`, step.to?.at ?? ctx.kubernetes.at, { cluster: cluster.name, step: step.index });
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/path/source-patch.ts
// path/source-patch: an edge that starts only from listed patches (3.16.0-2 -> 4.0) needs every
// cluster of the platform on one of them when the global tier takes it: a cluster still below
// the edge's target on another version cannot follow. One finding per cluster and edge.



const sourcePatch = defineRule({
    id: 'path/source-patch',
    severity: 'error',
    title: 'A cluster is on a patch the upgrade path does not start from',
    waivable: false,
    phase: 'step',
    check: {
        step(ctx, out) {
            const edge = ctx.move?.edge;
            if (!edge?.fromPatches || ctx.cluster.role === 'workload')
                return;
            const patches = edge.fromPatches.map((v) => v.text).join(', ');
            for (const cluster of ctx.platform.all()) {
                if (cluster.name === ctx.cluster.name)
                    continue; // its own source is path/unsupported's
                if (compareMinor(cluster.version, edge.to) >= 0)
                    continue;
                if (compareMinor(cluster.version, edge.from) === 0 &&
                    ctx.catalog.allowsSource(edge, cluster.version))
                    continue;
                if (!out.once(`${cluster.name}@${edgeKey(edge.from, edge.to)}`))
                    continue;
                out.report(`step ${ctx.step.index} moves ${ctx.cluster.name} along ${minorOf(edge.from)} -> ${minorOf(edge.to)}, which needs every cluster of the platform on ${patches}, but ${cluster.name} is on ${cluster.version.text}; ${cluster.name} cannot follow from there: bring it to one of those patches first, or check its version in clusters.yaml`, ctx.step.to?.at ?? ctx.at, { cluster: cluster.name, step: ctx.step.index });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/path/route-advice.ts


/** `the shortest supported route is 3.18 -> 4.0 -> 4.3: one step per hop (to: 4.0.0, then to: 4.3.0)` */
function routeAdvice(from, route, to) {
    // Each hop names an exact version (`to: 4.0.0`): the operator writes the patch they downloaded.
    const hops = route.map((e, i) => `to: ${i === route.length - 1 ? to.text : exactVersion(e.to).text}`);
    return `the shortest supported route is ${describeRoute(from, route)}: one step per hop (${hops.join(', then ')})`;
}

;// CONCATENATED MODULE: ./src/engine/rules/path/target-not-reached.ts




const targetNotReached = defineRule({
    id: 'path/target-not-reached',
    severity: 'error',
    title: 'The global tier does not reach the target',
    waivable: false,
    phase: 'plan',
    check: {
        plan(ctx, out) {
            const { plan, journey } = ctx;
            // A target below where the global already is: path/downgrade.
            if (compareVersions(plan.target, journey.initialGlobal) < 0)
                return;
            for (const state of journey.platform.globalTier) {
                // clusters.yaml may name only a minor ("4.3": any patch); the target is exact.
                if (matchesVersion(state.version, plan.target))
                    continue;
                out.report(target_not_reached_message(ctx, state), plan.targetAt, { cluster: state.name });
            }
        },
    },
});
function target_not_reached_message({ catalog, plan, journey }, state) {
    const target = plan.target;
    const role = state.role === 'standby' ? 'the DR standby' : 'the global cluster';
    const head = `after the last step ${role} ${state.name} is on ${state.version.text}, not the target ${target.text}`;
    if (compareVersions(state.version, target) > 0) {
        return `${head}: it ends past the target; set target to ${state.version.text}, or stop ${state.name} at ${target.text}`;
    }
    if (compareMinor(state.version, target) === 0) {
        return `${head}; add a step that moves ${state.name} to ${target.text}`;
    }
    const route = preferredRoute(catalog, state.version, target, journey.platform.all());
    if (!route)
        return `${head}, and the catalog has no supported route there`;
    if (route.length === 1)
        return `${head}; add a step that moves ${state.name} to ${target.text}`;
    return `${head}; add steps for ${state.name}: ${routeAdvice(state.version, route, target)}`;
}

;// CONCATENATED MODULE: ./src/engine/rules/path/unsupported.ts




const unsupported = defineRule({
    id: 'path/unsupported',
    severity: 'error',
    title: 'A step takes an unsupported upgrade path',
    waivable: false,
    phase: 'step',
    check: {
        step(ctx, out) {
            const move = ctx.move;
            if (!move || move.edge || compareMinor(move.from, move.to) === 0)
                return;
            out.report(unsupported_message(ctx, move.to), ctx.step.to.at, {
                cluster: ctx.cluster.name,
                step: ctx.step.index,
            });
        },
    },
});
function unsupported_message(ctx, to) {
    const { catalog, plan } = ctx;
    const from = ctx.cluster.version;
    const edge = catalog.edge(from, to);
    const head = `step ${ctx.step.index} moves ${ctx.cluster.name} from ${from.text} to ${to.text}`;
    const route = preferredRoute(catalog, from, to, ctx.platform.all());
    if (edge?.fromPatches) {
        const patches = edge.fromPatches.map((v) => v.text).join(', ');
        const limited = `${head}, but ${minorOf(from)} -> ${minorOf(to)} starts only from ${patches}`;
        // A patch above the current one can be reached first; one below cannot (no downgrades).
        if (edge.fromPatches.some((patch) => compareVersions(patch, from) > 0)) {
            return `${limited}; move ${ctx.cluster.name} to one of those patches first`;
        }
        if (route)
            return `${limited}; ${routeAdvice(from, route, to)}`;
        const toTarget = compareMinor(to, plan.target) !== 0
            ? preferredRoute(catalog, from, plan.target, ctx.platform.all())
            : undefined;
        return toTarget
            ? `${limited}, and no supported route leads from ${from.text} to ${minorOf(to)}; toward the target ${plan.target.text}, ${routeAdvice(from, toTarget, plan.target)}`
            : `${limited}, and the catalog has no supported route from ${from.text} to ${minorOf(to)}; check the versions, or describe the path in catalog.yaml`;
    }
    if (!route) {
        return `${head}, and the catalog has no supported route from ${minorOf(from)} to ${minorOf(to)}; check the versions, or describe the path in catalog.yaml`;
    }
    return `${head}, which is not a supported upgrade path; ${routeAdvice(from, route, to)}`;
}

;// CONCATENATED MODULE: ./src/engine/rules/path/index.ts
// path/*: is each move a supported upgrade edge, are its prerequisites met, does anything go
// down, and does the global tier reach the target.







const PATH_RULES = [
    unsupported,
    kubernetesPrerequisite,
    sourcePatch,
    edgePrerequisite,
    noOpStep,
    downgrade,
    targetNotReached,
];

;// CONCATENATED MODULE: ./src/engine/rules/platform/minio-space.ts
// platform/minio-space: /cpaas/minio on the global (and standby) control-plane nodes needs the
// catalog's minimum free; an error below it, a notice when clusters.yaml does not say.

const minioSpace = defineRule({
    id: 'platform/minio-space',
    severity: 'error',
    title: 'Too little free space in /cpaas/minio',
    waivable: true,
    phase: 'step',
    check: {
        step(ctx, out) {
            const spec = ctx.cluster.spec;
            if (!ctx.move || spec.role === 'workload' || !out.once(spec.name))
                return;
            const minimum = ctx.catalog.minio.minFreeGB;
            if (spec.minioFreeGB === undefined) {
                out.report(`${spec.name} does not declare minioFreeGB; check that /cpaas/minio has at least ${minimum} GB free on every control-plane node before the window (df -BG /cpaas/minio), then record the smallest value in clusters.yaml`, spec.at, { cluster: spec.name, severity: 'notice' });
            }
            else if (spec.minioFreeGB < minimum) {
                out.report(`${spec.name} has ${spec.minioFreeGB} GB free in /cpaas/minio; the upgrade needs at least ${minimum} GB on every control-plane node: free space before the window`, spec.minioAt ?? spec.at, { cluster: spec.name });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/journey.ts
// The journey: what the plan does to the platform once simulated (simulate.ts): the timeline, the
// Distribution Version moves, the hops, and what falls due along the way (post-upgrade tasks,
// node-readiness gates). The rules report on it and the runbook is composed from it.


/**
 * The post-upgrade tasks (SPEC §2 "Release notes with an action") that fall due after the global
 * tier moves into a release from below it, in the order they fall due.
 */
function postUpgradeTasks(catalog, apps, clusters, hops) {
    const tasks = [];
    const moves = hops.flatMap((h) => h.moves).sort((a, b) => a.step.index - b.step.index);
    const lastMove = new Map(moves.map((m) => [m.cluster.name, m]));
    for (const rule of catalog.packageRules) {
        if (rule.rule !== 'platform/post-upgrade')
            continue;
        for (const hop of hops) {
            if (!hop.firstTierMove || compareMinor(hop.version, rule.release) !== 0)
                continue;
            if (compareMinor(hop.from, rule.release) >= 0)
                continue;
            if (rule.sourceBelow && compareMinor(hop.from, rule.sourceBelow) >= 0)
                continue;
            const release = minorOf(rule.release);
            const installed = rule.whenInstalled
                ? (apps?.list ?? []).filter((a) => a.installed.length > 0 && matchesPatterns(rule.whenInstalled, a.name, a.displayName))
                : [];
            if (rule.whenInstalled && installed.length === 0)
                continue;
            const primary = hop.moves.filter((m) => m.cluster.role === 'global').pop() ?? hop.firstTierMove;
            const why = rule.sourceBelow
                ? ` (the journey into ${release} starts on ${minorOf(hop.from)}, below ${minorOf(rule.sourceBelow)})`
                : '';
            const names = installed
                .map((a) => (a.displayName ? `${a.displayName} (${a.name})` : a.name))
                .join(', ');
            const task = rule.task.replace('{installed}', names);
            if (rule.after === 'global') {
                tasks.push({
                    rule,
                    step: primary.step.index,
                    at: primary.at,
                    text: `after step ${primary.step.index} moves ${primary.cluster.name} to ${primary.to.text}${why}, ${task}`,
                });
                continue;
            }
            const behind = clusters.list
                .filter((c) => c.role === 'workload')
                .filter((c) => compareMinor(lastMove.get(c.name)?.to ?? c.version, rule.release) < 0)
                .map((c) => c.name);
            const reached = moves.filter((m) => m.cluster.role === 'workload' && compareMinor(m.to, rule.release) === 0);
            const lastWorkload = reached.pop();
            // Due once both the global tier and the last workload are there, whichever comes later.
            const due = behind.length === 0 && lastWorkload && lastWorkload.step.index > primary.step.index
                ? lastWorkload
                : primary;
            const when = behind.length === 0
                ? `after step ${due.step.index}, once the global tier and every workload cluster are on ${release}`
                : `once ${behind.join(', ')} also ${behind.length === 1 ? 'reaches' : 'reach'} ${release} (this plan leaves ${behind.length === 1 ? 'it' : 'them'} on an older release)`;
            tasks.push({ rule, step: due.step.index, at: due.at, text: `${when}${why}, ${task}` });
        }
    }
    return tasks.sort((a, b) => a.step - b.step);
}
/**
 * The node-readiness gate of a hop into a release created with the gate's Kubernetes or later
 * (4.4: 1.35), with the moves that cross to that Kubernetes: the gate applies when the upgrade
 * "upgrades the cluster to Kubernetes 1.35 or later".
 */
function nodeGateOf(catalog, hop, timeline) {
    const creation = catalog.release(hop.version)?.creation ?? [];
    for (const rule of catalog.packageRules) {
        if (rule.rule !== 'platform/node-readiness')
            continue;
        if (!creation.some((k) => compareMinor(k, rule.kubernetesAtLeast) >= 0))
            continue;
        const entries = new Map(timeline.map((t) => [`${t.step} ${t.cluster}`, t]));
        const moves = hop.moves.filter((move) => {
            const entry = entries.get(`${move.step.index} ${move.cluster.name}`);
            const before = entry ? parseVersion(entry.from.kubernetes) : null;
            const after = entry ? parseVersion(entry.to.kubernetes) : null;
            return (!before ||
                !after ||
                (compareMinor(before, rule.kubernetesAtLeast) < 0 &&
                    compareMinor(after, rule.kubernetesAtLeast) >= 0));
        });
        if (moves.length === 0)
            continue;
        const ack = rule.ackKeys.find((a) => compareMinor(a.release, hop.version) === 0);
        return { rule, ackKey: ack?.key, moves };
    }
    return undefined;
}
/** How the runbook and the findings name the ack of a gate. */
function ackWords(gate) {
    return gate.ackKey !== undefined
        ? `the key ${gate.ackKey}: "true"`
        : 'the key the preflight names (the gates are listed in the ConfigMap cpaas-system/admin-gates; a later release can supply a different key than 4.4)';
}

;// CONCATENATED MODULE: ./src/engine/rules/platform/node-readiness.ts
// platform/node-readiness: a hop into a release created with Kubernetes 1.35 or later (4.4) needs
// every production node of each cluster that moves to that Kubernetes on a recent enough kernel
// with cgroup v2. Declared nodes are checked (an error each, naming node and cluster); a moving
// cluster without `nodes` gets a notice with the two checks to run on each node.



const nodeReadiness = defineRule({
    id: 'platform/node-readiness',
    severity: 'error',
    title: 'A node is not ready for the Kubernetes of the release',
    waivable: true,
    phase: 'hop',
    check: {
        hop({ catalog, hop, journey }, out) {
            const gate = nodeGateOf(catalog, hop, journey.timeline);
            if (!gate)
                return;
            const { rule } = gate;
            const kernel = minorOf(rule.kernelAtLeast);
            const kubernetes = minorOf(rule.kubernetesAtLeast);
            for (const move of gate.moves) {
                const spec = move.cluster.spec;
                if (!out.once(spec.name))
                    continue;
                const step = `step ${move.step.index} moves ${spec.name} to ${move.to.text} (Kubernetes ${kubernetes})`;
                const details = { cluster: spec.name, step: move.step.index };
                if (!spec.nodes || spec.nodes.length === 0) {
                    out.report(`${step}: every production node of ${spec.name} needs Linux kernel ${kernel} or later and cgroup v2 (and a kernel inside the ACP supported operating system and kernel matrix for ${minorOf(hop.version)}, which the check does not know), or the preflight's AdminAckRequired gate blocks the upgrade. clusters.yaml lists no nodes for ${spec.name}: check each node (the kernel: the KERNEL-VERSION column of \`kubectl get nodes -o wide\`; the cgroup: \`stat -fc %T /sys/fs/cgroup/\` on the node prints cgroup2fs for v2) and record them under "nodes:"`, spec.at, { ...details, severity: 'notice' });
                    continue;
                }
                for (const node of spec.nodes) {
                    if (compareMinor(node.kernelVersion, rule.kernelAtLeast) < 0) {
                        out.report(`node ${node.name} of ${spec.name} runs Linux kernel ${node.kernel}; ${step}, which needs kernel ${kernel} or later on every production node: upgrade the node's kernel (or replace the node) before step ${move.step.index}, then record the new \`uname -r\``, node.kernelAt, details);
                    }
                    if (node.cgroup !== rule.cgroup) {
                        out.report(`node ${node.name} of ${spec.name} runs cgroup ${node.cgroup}; ${step}, which needs cgroup ${rule.cgroup} on every production node (\`stat -fc %T /sys/fs/cgroup/\` prints cgroup2fs): move the node to cgroup ${rule.cgroup} before step ${move.step.index}`, node.cgroupAt, details);
                    }
                }
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/platform/post-upgrade.ts
// platform/post-upgrade (SPEC §2 "Release notes with an action"): the tasks that fall due after the
// global tier moves into a release from below it (journey.ts works out which and when).


const postUpgrade = defineRule({
    id: 'platform/post-upgrade',
    severity: 'notice',
    title: 'A task to do after the upgrade',
    waivable: true,
    phase: 'plan',
    check: {
        plan({ journey }, out) {
            for (const task of journey.tasks) {
                out.report(`${capitalize(task.text)}.`, task.at, { step: task.step });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/platform/index.ts
// platform/*: what the global tier needs before its upgrade, and what is left after it.



const PLATFORM_RULES = [minioSpace, postUpgrade, nodeReadiness];

;// CONCATENATED MODULE: ./src/engine/rules/state/dr-standby-behind.ts
// state/dr-standby-behind (ACP-FACTS ordering rule 3): the standby is never behind the primary (a
// standby ahead is an upgrade being resumed).


const drStandbyBehind = defineRule({
    id: 'state/dr-standby-behind',
    severity: 'error',
    title: 'The DR standby starts behind the primary',
    waivable: false,
    phase: 'state',
    check: {
        state({ platform }, out) {
            const global = platform.global.spec;
            const standby = platform.standby?.spec;
            if (!standby || compareVersions(standby.version, global.version) >= 0)
                return;
            out.report(`the DR standby ${standby.name} is on ${standby.version.text}, behind the primary ${global.name} on ${global.version.text}; the standby is upgraded before the primary, so check ${standby.name}'s version in clusters.yaml, or bring the standby to ${global.version.text} before planning the next upgrade`, standby.versionAt, { cluster: standby.name });
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/state/kubernetes-unsupported.ts




const kubernetesUnsupported = defineRule({
    id: 'state/kubernetes-unsupported',
    severity: 'error',
    title: "A cluster starts on a Kubernetes its release's matrix does not support",
    waivable: false,
    phase: 'state',
    check: {
        state({ platform, catalog }, out) {
            const globalSpec = platform.global.spec;
            const globalRelease = catalog.release(globalSpec.version);
            const report = (spec, release, whose) => out.report(`${spec.name} runs Kubernetes ${spec.kubernetes.text}, outside the Compatible Versions of ${whose} (${rangeText(release.compatible)}); the support matrix is already broken: check ${spec.name}'s kubernetes in clusters.yaml, or bring its Kubernetes into that range before planning an upgrade`, spec.kubernetesAt, { cluster: spec.name });
            for (const state of platform.all()) {
                const spec = state.spec;
                const own = catalog.release(spec.version);
                if (own?.compatible && !inCompatible(own, spec.kubernetes)) {
                    report(spec, own, `its release ${minorOf(spec.version)}`);
                }
                else if (state.role === 'workload' &&
                    globalRelease?.compatible &&
                    !inCompatible(globalRelease, spec.kubernetes)) {
                    report(spec, globalRelease, `the global cluster's release ${minorOf(globalSpec.version)}`);
                }
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/state/workload-ahead.ts
// state/workload-ahead (ACP-FACTS ordering rule 2): a workload is never ahead of the global tier.


const workloadAhead = defineRule({
    id: 'state/workload-ahead',
    severity: 'error',
    title: 'A workload starts on a newer version than the global tier',
    waivable: false,
    phase: 'state',
    check: {
        state({ platform }, out) {
            const global = platform.global.spec;
            const standby = platform.standby?.spec;
            for (const workload of platform.workloads()) {
                const spec = workload.spec;
                const ahead = [global, ...(standby ? [standby] : [])].filter((g) => compareVersions(spec.version, g.version) > 0);
                if (ahead.length === 0)
                    continue;
                const tier = ahead.map((g) => `${g.name} (${g.version.text})`).join(' and ');
                out.report(`workload ${spec.name} is on ${spec.version.text}, ahead of ${tier}; a workload cluster can only reach a version the global tier already runs, so check ${spec.name}'s version in clusters.yaml`, spec.versionAt, { cluster: spec.name });
            }
        },
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/state/index.ts
// state/*: the platform as clusters.yaml describes it, before any step. A state no upgrade
// procedure leads to means clusters.yaml is wrong, or the platform needs repair before a plan.



const STATE_RULES = [workloadAhead, drStandbyBehind, kubernetesUnsupported];

;// CONCATENATED MODULE: ./src/engine/rules/waiver/index.ts
// waiver/*: the waivers of plan.yaml themselves, reported where waivers are applied (report.ts).

const waivers = 'the waivers, as they are applied to the findings';
const WAIVER_RULES = [
    defineRule({
        id: 'waiver/not-waivable',
        severity: 'error',
        title: 'A waiver names a rule that cannot be waived',
        waivable: false,
        phase: 'waivers',
        reportedBy: waivers,
    }),
    defineRule({
        id: 'waiver/expired',
        severity: 'notice',
        title: 'A waiver passed its expiry date',
        waivable: false,
        phase: 'waivers',
        reportedBy: waivers,
    }),
    defineRule({
        id: 'waiver/unmatched',
        severity: 'notice',
        title: 'A waiver matches no finding',
        waivable: false,
        phase: 'waivers',
        reportedBy: waivers,
    }),
];

;// CONCATENATED MODULE: ./src/engine/rules/registry.ts
// The one registry of rules: every family's list, sorted by id. The engine runs the checks of a
// phase from it; the findings table, the rule reference, SARIF's rule metadata and the report's
// schema read the same list. Adding a rule is adding it to its family's list.










const FAMILIES = [
    ...INPUT_RULES,
    ...PATH_RULES,
    ...ORDER_RULES,
    ...STATE_RULES,
    ...CATALOG_RULES,
    ...PACKAGES_RULES,
    ...PLATFORM_RULES,
    ...DRIFT_RULES,
    ...WAIVER_RULES,
];
/** Every rule, sorted by id. */
const RULES = [...FAMILIES].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const BY_ID = new Map(RULES.map((r) => [r.id, r]));
function isRuleId(id) {
    return BY_ID.has(id);
}
function ruleOf(id) {
    return BY_ID.get(id);
}
function isWaivable(id) {
    return ruleOf(id).waivable;
}
/** The rules with a check in each phase, in registry order. */
const BY_PHASE = new Map();
for (const rule of RULES) {
    for (const phase of Object.keys(rule.check ?? {})) {
        BY_PHASE.set(phase, [...(BY_PHASE.get(phase) ?? []), rule]);
    }
}
/**
 * One run of the check: each rule's reporter (with its own memory) for the whole run, and the
 * findings every check reported.
 */
class RuleRun {
    findings = [];
    reporters = new Map();
    /** Runs every check of `phase` on `ctx`. */
    run(phase, ctx) {
        for (const rule of BY_PHASE.get(phase) ?? []) {
            const check = rule.check[phase];
            check(ctx, this.reporter(rule));
        }
    }
    reporter(rule) {
        let reporter = this.reporters.get(rule);
        if (reporter)
            return reporter;
        const seen = new Set();
        let memory;
        const id = rule.id;
        const findings = this.findings;
        reporter = {
            report(message, at, details = {}) {
                findings.push(finding(id, message, at.file, at.offset, details));
            },
            once(key) {
                if (seen.has(key))
                    return false;
                seen.add(key);
                return true;
            },
            memory(create) {
                return (memory ??= create());
            },
        };
        this.reporters.set(rule, reporter);
        return reporter;
    }
}

;// CONCATENATED MODULE: ./src/engine/findings.ts
// Findings are values: every problem the check sees, with its rule id, severity and place. The
// rules themselves are in rules/ (registry.ts lists them).

/** A finding at an offset of a parsed file. */
function finding(rule, message, file, offset, details = {}) {
    const { line, column } = file.position(offset);
    return findingAt(rule, message, file.path, line, column, details);
}
/** A finding at a known line and column (1-based). */
function findingAt(rule, message, path, line, column, details = {}) {
    const { severity = ruleOf(rule).severity, ...rest } = details;
    return { rule, severity, message, file: path, line, column, ...rest };
}
/**
 * Most findings of one rule listed for one file. A hostile file can hold hundreds of thousands of
 * the same mistake (600,000 repeated keys fit in 6 MB); past this many, one finding says how many
 * more there are, and the report, the comment and the annotations stay small.
 */
const MAX_FINDINGS_PER_RULE_AND_FILE = 100;
/** Keeps the first findings of each rule in each file, and says how many more there are. */
function capFindings(findings) {
    const counts = new Map();
    const kept = [];
    const firstOmitted = new Map();
    for (const f of findings) {
        const key = `${f.file}\u0000${f.rule}`;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count <= MAX_FINDINGS_PER_RULE_AND_FILE)
            kept.push(f);
        else if (count === MAX_FINDINGS_PER_RULE_AND_FILE + 1)
            firstOmitted.set(key, f);
    }
    for (const [key, f] of firstOmitted) {
        const more = counts.get(key) - MAX_FINDINGS_PER_RULE_AND_FILE;
        kept.push({
            rule: f.rule,
            severity: f.severity,
            message: `and ${more.toLocaleString('en-US')} more ${f.rule} findings in ${f.file}, from this line on (only the first ${MAX_FINDINGS_PER_RULE_AND_FILE} are listed); fix these and check again`,
            file: f.file,
            line: f.line,
            column: f.column,
        });
    }
    return kept;
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function severityRank(severity) {
    return SEVERITY_RANK[severity];
}
/** Deterministic order: by file, line, column, rule, then message. */
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
/** Locale-independent string order, so reports are byte-identical everywhere. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = (/* unused pure expression or super */ null && (-1));
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/engine/source.ts
// A file as the check read it: its display path, its text, and offset -> line/column conversion.
// Findings point into it; the YAML parser and every loader share it.
/** A parsed file: its display path, its text, and offset -> line/column conversion. */
class SourceFile {
    path;
    text;
    lineStarts;
    constructor(path, text) {
        this.path = path;
        this.text = text;
    }
    /** 1-based line and column of a 0-based offset. */
    position(offset) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - starts[lo] + 1 };
    }
    /** The text of a 1-based line, for messages that quote it. */
    lineText(line) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        const start = starts[line - 1] ?? this.text.length;
        const end = starts[line] ?? this.text.length;
        return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
    }
}
/** Where lines start; YAML breaks lines at LF, CRLF and a lone CR alike. */
function computeLineStarts(text) {
    const starts = [0];
    if (!text.includes('\r')) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        return starts;
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a)
            i++;
        if (c === 0x0a || c === 0x0d)
            starts.push(i + 1);
    }
    return starts;
}

;// CONCATENATED MODULE: ./src/engine/yaml.ts
// Parses one YAML file into a small tree that remembers where every node came from, so that
// each finding can name a file, line and column, and so that a version written `1.30` stays
// "1.30" (the scalar's source text) even though YAML would read the number 1.3.



/** Source text larger than this is refused before parsing (a file of thousands of clusters is ~10 MB). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
/**
 * Most values a file may hold, each counted once however many aliases repeat it (stops "billion
 * laughs" documents). The apps.yaml of 4,000 clusters with 120,000 installations holds 0.6 million.
 */
const MAX_EXPANDED_NODES = 2_000_000;
/**
 * Most places a file may start a value before it is parsed at all (`- `, `: `, `,`, brackets,
 * line breaks): the parser keeps an event per value, so a dense file (`[a,a,a,...]`) would take
 * gigabytes of memory well under the size limit.
 */
const MAX_VALUE_MARKS = 2_000_000;
/** Deepest nesting accepted, aliases included; inventory files need five levels. */
const MAX_DEPTH = 64;
/** Parses a file; problems come back as findings, never as exceptions. */
function parseYaml(path, text) {
    const file = new SourceFile(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const syntax = (offset, message) => ({
        parsed: null,
        findings: [finding('input/yaml-syntax', message, file, offset)],
    });
    if (text.length > MAX_FILE_BYTES) {
        return syntax(0, tooLargeMessage(path, text.length, 'split it or remove what the check does not need'));
    }
    // Every mark is a character: a text shorter than the limit cannot hold too many (no scan).
    const marks = file.text.length > MAX_VALUE_MARKS ? countValueMarks(file.text) : 0;
    if (marks > MAX_VALUE_MARKS) {
        return syntax(0, `${path} holds about ${marks.toLocaleString('en-US')} values, over the ${MAX_VALUE_MARKS.toLocaleString('en-US')} limit for an inventory file; split it or remove what the check does not need`);
    }
    let events;
    try {
        events = parseEvents(file.text, { filename: path, maxDepth: MAX_DEPTH });
    }
    catch (error) {
        return syntax(errorOffset(error, file), `${path} is not valid YAML: ${errorReason(error)}`);
    }
    const builder = new TreeBuilder(file, events);
    try {
        return { parsed: { file, root: builder.build() }, findings: builder.findings };
    }
    catch (error) {
        if (error instanceof TreeError)
            return syntax(error.offset, error.message);
        throw error;
    }
}
/**
 * An upper bound, up to a small factor, of the values a YAML text can hold: every value but the
 * first needs one of these before it (a line break, `,`, `[`, `{`, `*`, or `-`, `:`, `?` followed
 * by a space). For inventory files the count is close to the number of values.
 */
function countValueMarks(text) {
    let marks = 0;
    for (let i = 0; i < text.length; i++) {
        switch (text.charCodeAt(i)) {
            case 0x0a: // \n
            case 0x0d: // \r
            case 0x2c: // ,
            case 0x5b: // [
            case 0x7b: // {
            case 0x2a: // *
                marks++;
                break;
            case 0x2d: // -
            case 0x3a: // :
            case 0x3f: {
                // ?
                const next = text.charCodeAt(i + 1);
                if (Number.isNaN(next) ||
                    next === 0x20 ||
                    next === 0x09 ||
                    next === 0x0a ||
                    next === 0x0d ||
                    next === 0x2c ||
                    next === 0x5d ||
                    next === 0x7d)
                    marks++;
                break;
            }
        }
    }
    return marks;
}
/** "acp/apps.yaml is 50.0 MiB, over the 32 MiB limit for an inventory file; ..." */
function tooLargeMessage(path, bytes, advice) {
    const mib = (n) => n / (1024 * 1024);
    return `${path} is ${mib(bytes).toFixed(1)} MiB, over the ${mib(MAX_FILE_BYTES)} MiB limit for an inventory file; ${advice}`;
}
function errorReason(error) {
    if (error && typeof error === 'object' && 'reason' in error && typeof error.reason === 'string') {
        return error.reason;
    }
    return error instanceof Error ? error.message : String(error);
}
function errorOffset(error, file) {
    if (error && typeof error === 'object' && 'mark' in error) {
        const mark = error.mark;
        if (mark && typeof mark.position === 'number')
            return mark.position;
    }
    return file.text.length;
}
class TreeError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
class TreeBuilder {
    file;
    events;
    anchors = new Map();
    /** The height of each anchored collection, for nesting built out of aliases. */
    heights = new Map();
    stack = [];
    root = null;
    documents = 0;
    lastOffset = 0;
    expanded = 0;
    /** Problems that do not stop the parse (a repeated key keeps its first value). */
    findings = [];
    constructor(file, events) {
        this.file = file;
        this.events = events;
    }
    build() {
        for (const event of this.events) {
            switch (event.type) {
                case EVENT_ID.DOCUMENT:
                    this.documents += 1;
                    if (this.documents > 1) {
                        throw new TreeError(this.documentMarker(), `${this.file.path} holds more than one YAML document (a second "---"); keep one document per file`);
                    }
                    break;
                case EVENT_ID.MAPPING:
                case EVENT_ID.SEQUENCE: {
                    this.lastOffset = event.start;
                    const node = event.type === EVENT_ID.MAPPING
                        ? { kind: 'map', start: event.start, entries: [], size: 1 }
                        : { kind: 'seq', start: event.start, items: [], size: 1 };
                    this.rejectTag(event.tagStart, event.tagEnd);
                    this.stack.push({
                        node,
                        anchor: this.anchorName(event.anchorStart, event.anchorEnd),
                        pendingKey: undefined,
                        pendingKeyStart: 0,
                        keys: undefined,
                        merged: undefined,
                        height: 0,
                    });
                    break;
                }
                case EVENT_ID.SCALAR: {
                    const frame = this.stack[this.stack.length - 1];
                    if (frame?.node.kind === 'map' &&
                        frame.pendingKey === undefined &&
                        event.anchorStart < 0 &&
                        event.tagStart < 0) {
                        this.key(frame, event);
                        break;
                    }
                    const node = this.scalar(event);
                    const anchor = this.anchorName(event.anchorStart, event.anchorEnd);
                    if (anchor !== undefined)
                        this.anchors.set(anchor, node);
                    this.add(node, 1, 0);
                    break;
                }
                case EVENT_ID.ALIAS: {
                    const name = this.file.text.slice(event.anchorStart, event.anchorEnd);
                    const target = this.anchors.get(name);
                    if (!target) {
                        throw new TreeError(event.anchorStart, `alias *${name} refers to no earlier anchor`);
                    }
                    this.lastOffset = event.anchorStart;
                    // An alias repeats its target: every value in it counts again, and it nests as deep.
                    this.add(target, target.size, this.heights.get(target) ?? 0);
                    break;
                }
                case EVENT_ID.POP: {
                    const frame = this.stack.pop();
                    if (!frame)
                        break; // end of document
                    const height = frame.height + 1;
                    if (frame.anchor !== undefined) {
                        this.anchors.set(frame.anchor, frame.node);
                        this.heights.set(frame.node, height);
                    }
                    // Its values were counted as they were added; the collection itself counts once.
                    this.add(frame.node, 1, height);
                    break;
                }
            }
        }
        return this.root;
    }
    /** Where the second document starts: the next "---" line after what was read. */
    documentMarker() {
        const marker = /^---(?=\s|$)/gm;
        marker.lastIndex = this.lastOffset;
        return marker.exec(this.file.text)?.index ?? this.lastOffset;
    }
    anchorName(start, end) {
        return start >= 0 ? this.file.text.slice(start, end) : undefined;
    }
    rejectTag(start, end) {
        if (start >= 0) {
            throw new TreeError(start, `the tag ${this.file.text.slice(start, end)} is not supported here; write plain values (quote a version to keep it text)`);
        }
    }
    /** A plain mapping key (no anchor, no tag): only its text and place are kept. */
    key(frame, event) {
        this.count(1);
        frame.node.size += 1;
        frame.pendingKeyStart = this.scalarStart(event);
        frame.pendingKey = this.scalarSource(event);
    }
    scalarStart(event) {
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        const start = event.valueStart < 0 ? this.lastOffset : quoted ? event.valueStart - 1 : event.valueStart;
        this.lastOffset = start;
        return start;
    }
    scalarSource(event) {
        if (event.valueStart < 0)
            return '';
        return event.fast
            ? this.file.text.slice(event.valueStart, event.valueEnd)
            : getScalarValue(this.file.text, event);
    }
    scalar(event) {
        const text = this.file.text;
        const start = this.scalarStart(event);
        const source = this.scalarSource(event);
        const plain = event.style === SCALAR_STYLE.PLAIN;
        let value = plain ? resolvePlain(source) : source;
        if (event.tagStart >= 0) {
            const tag = text.slice(event.tagStart, event.tagEnd);
            if (tag === '!!str' || tag === '!')
                value = source;
            else
                this.rejectTag(event.tagStart, event.tagEnd);
        }
        return { kind: 'scalar', start, value, source, plain, size: 1 };
    }
    /**
     * Adds a finished node to the collection being read. `count` is how many values it adds to the
     * expanded document and `height` how many levels of collections it is, so that aliases cannot
     * grow the document or its nesting past the limits.
     */
    count(values) {
        this.expanded += values;
        if (this.expanded > MAX_EXPANDED_NODES) {
            throw new TreeError(this.lastOffset, `aliases expand ${this.file.path} to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values (an alias bomb?); write the values out or use fewer aliases`);
        }
    }
    add(node, count, height) {
        this.count(count);
        const frame = this.stack[this.stack.length - 1];
        if (!frame) {
            this.root = node;
            return;
        }
        if (this.stack.length + height > MAX_DEPTH) {
            throw new TreeError(this.lastOffset, `aliases nest ${this.file.path} deeper than ${MAX_DEPTH} levels; write the values out or use fewer aliases`);
        }
        if (height > frame.height)
            frame.height = height;
        const parent = frame.node;
        parent.size += node.size;
        if (parent.kind === 'seq') {
            parent.items.push(node);
            return;
        }
        if (frame.pendingKey === undefined) {
            if (node.kind !== 'scalar') {
                throw new TreeError(node.start, 'a mapping key must be a plain value, not a list or mapping');
            }
            frame.pendingKey = node.source;
            frame.pendingKeyStart = node.start;
            return;
        }
        const key = frame.pendingKey;
        const keyStart = frame.pendingKeyStart;
        frame.pendingKey = undefined;
        if (key === '__proto__') {
            // No inventory file has such a key, and a plain object built from it would change its
            // prototype instead of holding it.
            this.findings.push(finding('input/schema', 'the key "__proto__" is not allowed in an inventory file; remove it', this.file, keyStart));
            return;
        }
        if (key === '<<' && this.merge(frame, node))
            return;
        const entry = { key, keyStart, value: node };
        const seen = this.entryOf(frame, key);
        if (seen && frame.merged?.delete(key)) {
            // A key written out overrides the one a merge brought in, wherever the merge stands.
            parent.entries[parent.entries.indexOf(seen)] = entry;
            frame.keys?.set(key, entry);
            return;
        }
        if (seen) {
            const first = this.file.position(seen.keyStart).line;
            this.findings.push(finding('input/duplicate', `the key "${key}" appears twice in one mapping (first on line ${first}); the second is ignored, remove one`, this.file, keyStart));
            return;
        }
        this.addEntry(frame, entry);
    }
    /** The entry for `key` in the mapping being read: a scan while it is small, then an index. */
    entryOf(frame, key) {
        const entries = frame.node.entries;
        if (!frame.keys) {
            if (entries.length < 16) {
                for (const entry of entries)
                    if (entry.key === key)
                        return entry;
                return undefined;
            }
            frame.keys = new Map(entries.map((e) => [e.key, e]));
        }
        return frame.keys.get(key);
    }
    addEntry(frame, entry) {
        frame.node.entries.push(entry);
        frame.keys?.set(entry.key, entry);
    }
    /** YAML merge keys (`<<: *defaults`): copy entries the mapping does not set itself. */
    merge(frame, value) {
        const sources = value.kind === 'map' ? [value] : value.kind === 'seq' ? value.items : [];
        if (sources.length === 0 || sources.some((s) => s.kind !== 'map'))
            return false;
        for (const source of sources) {
            for (const entry of source.entries) {
                if (this.entryOf(frame, entry.key))
                    continue;
                this.addEntry(frame, entry);
                (frame.merged ??= new Set()).add(entry.key);
            }
        }
        return true;
    }
}
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const INT = /^[-+]?[0-9]+$/;
/** First characters of the core schema's nulls, booleans and numbers: `~nNtTfF+-.0-9`. */
const MAYBE_NOT_TEXT = new Set([...'~nNtTfF+-.0123456789'].map((c) => c.charCodeAt(0)));
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** YAML 1.2 core-schema resolution of a plain scalar. */
function resolvePlain(source) {
    // Most scalars (keys, names, "v4.2.5") start with a character no null, boolean or number does.
    if (!MAYBE_NOT_TEXT.has(source.charCodeAt(0)) && source !== '')
        return source;
    if (NULLS.has(source))
        return null;
    if (TRUES.has(source))
        return true;
    if (FALSES.has(source))
        return false;
    if (INT.test(source))
        return Number.parseInt(source, 10);
    if (/^0x[0-9a-fA-F]+$/.test(source))
        return Number.parseInt(source.slice(2), 16);
    if (/^0o[0-7]+$/.test(source))
        return Number.parseInt(source.slice(2), 8);
    if (FLOAT.test(source))
        return Number.parseFloat(source);
    if (/^[-+]?\.(inf|Inf|INF)$/.test(source))
        return source.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(source))
        return Number.NaN;
    return source;
}
/**
 * The plain JavaScript value of a node (aliases already shared, so this is bounded). With
 * `limit`, lists and mappings keep only their first `limit` entries: a sample to validate.
 */
function toValue(node, limit = Infinity) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq': {
            const count = Math.min(node.items.length, limit);
            const out = new Array(count);
            for (let i = 0; i < count; i++)
                out[i] = toValue(node.items[i], limit);
            return out;
        }
        case 'map': {
            const out = {};
            const count = Math.min(node.entries.length, limit);
            for (let i = 0; i < count; i++) {
                const entry = node.entries[i];
                const value = toValue(entry.value, limit);
                // The parser refuses "__proto__" keys; should one get here, it stays an own property.
                if (entry.key === '__proto__') {
                    Object.defineProperty(out, entry.key, {
                        value,
                        enumerable: true,
                        writable: true,
                        configurable: true,
                    });
                }
                else {
                    out[entry.key] = value;
                }
            }
            return out;
        }
    }
}
/** The node at a path of keys and indexes, or the deepest node on the way. */
function nodeAt(root, path) {
    let node = root;
    let keyStart;
    for (const part of path) {
        if (node.kind === 'map') {
            const entry = node.entries.find((e) => e.key === String(part));
            if (!entry)
                break;
            node = entry.value;
            keyStart = entry.keyStart;
        }
        else if (node.kind === 'seq' && typeof part === 'number' && node.items[part]) {
            node = node.items[part];
            keyStart = undefined;
        }
        else {
            break;
        }
    }
    return { node, keyStart };
}

;// CONCATENATED MODULE: ./src/engine/inventory/validate.ts



/** Below this many YAML values, zod interprets the schema instead of compiling it. */
const JIT_THRESHOLD = 2000;
function validate(schema, parsed, node, basePath = []) {
    let result;
    let sampled = false;
    // zod compiles a fast parser per object schema on first use: worth it for a fleet's apps.yaml,
    // a waste of start-up time for a file of a few dozen values.
    const jitless = node.size < JIT_THRESHOLD;
    try {
        result = schema.safeParse(toValue(node), { jitless });
    }
    catch (error) {
        // zod gathers a list's problems with push(...problems), which overflows the stack past about
        // 100,000 of them. Such a file is validated on a sample (the first entries of every list
        // and mapping) to name its first problems, and does not load.
        if (!(error instanceof RangeError))
            throw error;
        result = schema.safeParse(toValue(node, SAMPLE_ENTRIES), { jitless });
        sampled = true;
    }
    const findings = result.success
        ? []
        : result.error.issues.flatMap((issue) => issueFindings(issue, schema, parsed, node, basePath));
    if (sampled) {
        findings.unshift(finding('input/schema', `${describePath(basePath, parsed.root) || parsed.file.path} has too many problems to list (over 100,000); those in the first ${SAMPLE_ENTRIES} entries of each list are reported: fix them and check again`, parsed.file, node.start));
    }
    append(findings, looseKeyTypos(schema, parsed, node, basePath));
    const valid = result.success && !sampled && findings.length === 0;
    return { value: valid ? result.data : undefined, findings };
}
/** Entries of each list and mapping validated when a file has too many problems to list. */
const SAMPLE_ENTRIES = 1000;
function issueFindings(issue, schema, parsed, root, basePath) {
    const path = issue.path;
    const where = describePath([...basePath, ...path], parsed.root);
    const { node } = nodeAt(root, path);
    const reached = pathExists(root, path);
    const at = (offset, message) => finding('input/schema', message, parsed.file, offset);
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map((key) => {
                const entry = node.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
                const keys = objectKeysAt(schema, path);
                const suggestion = suggest(key, keys) ?? synonym(key, keys);
                return at(entry?.keyStart ?? node.start, `unknown key "${key}"${where ? ` in ${where}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
            });
        case 'invalid_type':
            if (!reached)
                return missingKey(issue, schema, parsed, root, basePath);
            return [
                at(node.start, `${where || 'the file'} must be ${article(issue.expected)}, not ${describeNode(node)}`),
            ];
        case 'invalid_union':
            if (!reached)
                return missingKey(issue, schema, parsed, root, basePath);
            return [
                at(node.start, `${where} must be ${unionExpectation(issue)}, not ${describeNode(node)}`),
            ];
        case 'invalid_value': {
            const written = node.kind === 'scalar' ? node.source : describeNode(node);
            const options = issue.values.map(String);
            const suggestion = suggest(written, options);
            return [
                at(node.start, `${where} is "${written}"; it must be one of ${options.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`),
            ];
        }
        case 'invalid_key': {
            // A mapping key that the schema refuses (an application name in apps.yaml): point at it.
            const key = String(path[path.length - 1]);
            const { node: parent } = nodeAt(root, path.slice(0, -1));
            const entry = parent.kind === 'map' ? parent.entries.find((e) => e.key === key) : undefined;
            const owner = describePath([...basePath, ...path.slice(0, -1)], parsed.root) || 'the file';
            const reasons = issue.issues.map((sub) => sub.message).join('; ');
            return [
                at(entry?.keyStart ?? node.start, `${owner} has the key ${JSON.stringify(key)}: ${reasons}`),
            ];
        }
        default:
            return [at(node.start, `${where ? `${where}: ` : ''}${issue.message}`)];
    }
}
/** Words people write for a key we call otherwise: a step's `version:` means `to:`. */
function synonym(key, keys) {
    const meant = { version: 'to', target: 'to', k8s: 'kubernetes' };
    const hint = meant[key];
    return hint !== undefined && keys.includes(hint) && !keys.includes(key) ? hint : undefined;
}
/**
 * A required key is absent. When the mapping has a near-miss of it (`kubernets`), the unknown-key
 * finding already says "did you mean"; a second finding would only repeat it.
 */
function missingKey(issue, schema, parsed, root, basePath) {
    const missing = String(issue.path[issue.path.length - 1]);
    const parentPath = issue.path.slice(0, -1);
    const { node: parent } = nodeAt(root, parentPath);
    const known = new Set(objectKeysAt(schema, parentPath));
    if (parent.kind === 'map') {
        const typo = parent.entries.some((e) => !known.has(e.key) && suggest(e.key, [missing]) === missing);
        if (typo)
            return [];
    }
    const owner = describePath([...basePath, ...parentPath], parsed.root) || 'the file';
    return [
        finding('input/schema', `${owner} lacks the required key "${missing}"`, parsed.file, parent.start),
    ];
}
function pathExists(root, path) {
    let node = root;
    for (const part of path) {
        if (node?.kind === 'map')
            node = node.entries.find((e) => e.key === String(part))?.value;
        else if (node?.kind === 'seq' && typeof part === 'number')
            node = node.items[part];
        else
            return false;
        if (!node)
            return false;
    }
    return true;
}
function unionExpectation(issue) {
    const expected = new Set();
    for (const branch of issue.errors) {
        for (const sub of branch) {
            if (sub.code === 'invalid_type' && sub.path.length === 0)
                expected.add(sub.expected);
            else
                expected.add('mapping');
        }
    }
    return [...expected].map(article).join(' or ');
}
function article(expected) {
    switch (expected) {
        case 'string':
            return 'text';
        case 'number':
            return 'a number';
        case 'boolean':
            return 'true or false';
        case 'array':
            return 'a list';
        case 'object':
        case 'record':
        case 'mapping':
            return 'a mapping';
        default:
            return expected;
    }
}
function describeNode(node) {
    if (node.kind === 'seq')
        return 'a list';
    if (node.kind === 'map')
        return 'a mapping';
    if (node.value === null)
        return 'empty';
    if (typeof node.value === 'number')
        return `the number ${node.source}`;
    if (typeof node.value === 'boolean')
        return `${node.source} (a boolean)`;
    return `"${node.source}"`;
}
/** What one entry of a list is called in messages, counted from 1 as users count. */
const ENTRY = {
    steps: 'step',
    clusters: 'cluster',
    packages: 'package',
    waivers: 'waiver',
    installed: 'installed entry',
    releases: 'release',
    edges: 'edge',
    packageRules: 'package rule',
};
/**
 * `cluster 3 (prod-b) › kubernetes` for ['clusters', 2, 'kubernetes']; `step 2` for ['steps', 1].
 * With the file's root, an entry that has a name (a cluster, a package, a waiver's rule) is
 * named too: "cluster 1" alone does not say which one to fix.
 */
function describePath(path, root) {
    const parts = [];
    let node = root ?? undefined;
    const step = (part) => {
        if (node?.kind === 'map')
            node = node.entries.find((e) => e.key === String(part))?.value;
        else if (node?.kind === 'seq' && typeof part === 'number')
            node = node.items[part];
        else
            node = undefined;
    };
    for (let i = 0; i < path.length; i++) {
        const part = path[i];
        const next = path[i + 1];
        step(part);
        if (typeof part !== 'number' && typeof next === 'number') {
            step(next);
            const entry = ENTRY[String(part)];
            const label = entry ? `${entry} ${next + 1}` : `${String(part)} entry ${next + 1}`;
            const name = entryName(node);
            parts.push(name === undefined ? label : `${label} (${name})`);
            i++;
        }
        else {
            parts.push(typeof part === 'number' ? `entry ${part + 1}` : String(part));
        }
    }
    return parts.join(' › ');
}
/** What an entry of a list is called by the user: its name, a Core package's version, a rule. */
function entryName(node) {
    if (node?.kind !== 'map')
        return undefined;
    for (const key of ['name', 'core', 'rule', 'cluster']) {
        const value = node.entries.find((e) => e.key === key)?.value;
        if (value?.kind === 'scalar' && value.source !== '') {
            return value.source.length > 60 ? `${value.source.slice(0, 57)}...` : value.source;
        }
    }
    return undefined;
}
const defOf = (schema) => schema.def;
function unwrap(schema) {
    let current = schema;
    for (;;) {
        const def = defOf(current);
        if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
            current = def.innerType;
        }
        else {
            return current;
        }
    }
}
function childSchemas(schema, part) {
    const inner = unwrap(schema);
    const def = defOf(inner);
    switch (def.type) {
        case 'object': {
            const child = ownValue(def.shape, String(part));
            return child ? [child] : [];
        }
        case 'array':
            return [def.element];
        case 'record':
            return [def.valueType];
        case 'union':
            return def.options.flatMap((option) => childSchemas(option, part));
        default:
            return [];
    }
}
function objectShapes(schema) {
    const def = defOf(unwrap(schema));
    if (def.type === 'object')
        return [def.shape];
    if (def.type === 'union')
        return def.options.flatMap(objectShapes);
    return [];
}
/** The keys an object at `path` may have. */
function objectKeysAt(schema, path) {
    let schemas = [schema];
    for (const part of path)
        schemas = schemas.flatMap((s) => childSchemas(s, part));
    return [...new Set(schemas.flatMap(objectShapes).flatMap((shape) => Object.keys(shape)))];
}
/**
 * apps.yaml keeps keys we do not know (violet's format may grow), but a near-miss of a key we do
 * use is almost surely a typo: `instaled` where `installed` is missing.
 */
function looseKeyTypos(schema, parsed, node, basePath) {
    const findings = [];
    // One path, extended and shortened as the walk goes: most nodes need none of it.
    const path = [];
    const walk = (current, at) => {
        const inner = unwrap(current);
        const def = defOf(inner);
        if (def.type === 'object' && at.kind === 'map') {
            const shape = def.shape;
            const loose = def.catchall !== undefined && defOf(def.catchall).type === 'unknown';
            for (const entry of at.entries) {
                const child = ownValue(shape, entry.key);
                if (child) {
                    if (entry.value.kind === 'scalar')
                        continue; // nothing below a scalar to check
                    path.push(entry.key);
                    walk(child, entry.value);
                    path.pop();
                }
                else if (loose) {
                    const present = new Set(at.entries.map((e) => e.key));
                    const missing = Object.keys(shape).filter((k) => !present.has(k));
                    const suggestion = suggest(entry.key, missing);
                    if (suggestion) {
                        findings.push(finding('input/schema', `unknown key "${entry.key}" in ${describePath([...basePath, ...path], parsed.root) || 'the file'}; did you mean "${suggestion}"?`, parsed.file, entry.keyStart));
                    }
                }
            }
        }
        else if (def.type === 'record' && at.kind === 'map') {
            for (const entry of at.entries) {
                path.push(entry.key);
                walk(def.valueType, entry.value);
                path.pop();
            }
        }
        else if (def.type === 'array' && at.kind === 'seq') {
            for (let i = 0; i < at.items.length; i++) {
                path.push(i);
                walk(def.element, at.items[i]);
                path.pop();
            }
        }
    };
    walk(schema, node);
    return findings;
}
/**
 * `target.push(...items)` passes every item as an argument, which overflows the stack past about
 * 100,000: a hostile file can produce that many findings.
 */
function append(target, items) {
    for (const item of items)
        target.push(item);
}
/** A schema's own entry: keys such as "constructor" must not reach Object.prototype. */
function ownValue(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function util_isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (util_isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function util_pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!util_isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!util_isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util_assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (util_isPlainObject(a) && util_isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function errors_formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const parse_validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => errors_formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return parse_validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return util_pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function schemas_check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./src/engine/inventory/schemas.ts
// The shapes of the inventory files: the single source of truth for what a file may contain.
// The types the engine uses come from these schemas, and so do the JSON Schemas for editors.
// Checks that need the source text (version spelling) or other files happen in the loader.


/**
 * No control characters (C0, DEL, C1), line separators or bidirectional overrides: such a value
 * could not be printed safely in a command or a comment, or would read as something else there.
 */
const PRINTABLE = new RegExp(`^(?:(?!${TAGS})[^${UNSAFE}])*$`);
const printableRule = (what) => _regex(PRINTABLE, {
    error: `${what} must not contain control characters, line breaks or direction overrides`,
});
/**
 * A one-line text value with extra rules. The rules go in one `.check()`: each chained
 * `.min()`/`.regex()` would build a new schema, and building schemas is most of the start-up
 * cost of zod. Every string any file may hold is one of these or `printable` (issue #21: a line
 * break in a value printed in a runbook's `# note` starts a command of its own).
 */
const schemas_text = (what, ...rules) => schemas_string()
    .check(_minLength(1, { error: `${what} must not be empty` }), printableRule(what), ...rules);
/** Text of one line that may be empty. */
const printable = (what) => schemas_string().check(printableRule(what));
const ONE_LINE = new RegExp(`^[^${LINE_BREAKING}]*$`);
/**
 * Free text another tool wrote (a display name, as violet exports it): one line, without control
 * characters, but it may hold invisible or direction characters, which every renderer shows as
 * escapes (oneLine) and which no command carries.
 */
const freeText = (what) => schemas_string()
    .check(_regex(ONE_LINE, { error: `${what} must not contain control characters or line breaks` }));
/**
 * A scalar read from its source text (a version, a kernel release): text of one line, or a
 * number. YAML reads an unquoted number from text that is one line by itself.
 */
const printableOrNumber = (what) => union([printable(what), schemas_number()]);
/** A name that reaches `--clusters a,b`: no comma, and not something violet would read as a flag. */
const ClusterName = schemas_text('a cluster name', _regex(/^[^,\s]+$/, { error: 'a cluster name must not contain commas or spaces' }), _regex(/^[^-]/, { error: 'a cluster name must not start with "-"' })).describe('The cluster name, as `violet list` writes it in clusterName');
const ApplicationName = schemas_text('an application name', _regex(/^[^-]/, { error: 'an application name must not start with "-"' })).describe('The application (package) name');
/** A path on the operator machine, passed to violet as an argument. */
const FilePath = schemas_text('a file path', _regex(/^[^-]/, { error: 'a file path must not start with "-" (write ./-name)' })).describe('Where the file sits on the operator machine, relative to where the commands run');
const Address = schemas_text('an address', _regex(/^\S+$/, { error: 'an address must not contain spaces' }), _regex(/^[^-]/, { error: 'an address must not start with "-"' })).describe('The platform address, for example https://acp.example.com (IPv4 literals only)');
const Registry = schemas_text('a registry', _regex(/^[^\s/-][^\s/]*$/, { error: 'a registry is HOST:PORT, without spaces or slashes' })).describe("The DR standby's registry, HOST:PORT, for --dest-repo");
/**
 * A version as written: `4.3.0`, `v4.3`, `1.31`. Unquoted `1.30` is a number to YAML; the loader
 * reads the scalar's source text, so numbers are accepted here.
 */
const VersionValue = printableOrNumber('a version').describe('A version: MAJOR.MINOR or MAJOR.MINOR.PATCH, with or without a leading v');
const ApplicationType = schemas_enum(['ModulePlugin', 'OperatorBundle', 'Chart'])
    .describe('ModulePlugin (cluster plugin), OperatorBundle (operator) or Chart (Helm chart)');
/** A production node, for node-readiness gates (the Kubernetes 1.35 gate of ACP 4.4). */
const Node = strictObject({
    name: schemas_text('a node name').describe('The node name, as `kubectl get nodes` shows it'),
    kernel: printableOrNumber('a kernel release').describe('The Linux kernel release the node runs: `uname -r` on the node, or the KERNEL-VERSION column of `kubectl get nodes -o wide` (e.g. 5.14.0-427.13.1.el9_4.x86_64)'),
    cgroup: schemas_enum(['v1', 'v2'])
        .describe('v2 when `stat -fc %T /sys/fs/cgroup/` prints cgroup2fs on the node, else v1'),
})
    .describe('A production node of the cluster');
const Cluster = strictObject({
    name: ClusterName,
    role: schemas_enum(['global', 'standby', 'workload'])
        .optional()
        .describe('global | standby (global DR standby) | workload; default workload, or global by name'),
    version: VersionValue.describe('The Distribution Version the cluster runs, e.g. 4.0.3'),
    kubernetes: VersionValue.describe('The Kubernetes version the cluster runs, e.g. 1.31.6'),
    minioFreeGB: schemas_number()
        .nonnegative()
        .optional()
        .describe('Global or standby: the smallest free space of /cpaas/minio on its control-plane nodes, in GB'),
    infrastructure: schemas_enum(['traditional', 'immutable'])
        .optional()
        .describe('traditional (default) or immutable (node images are replaced on upgrade)'),
    platformAddress: Address.optional().describe('Standby: its own platform address, for pushes'),
    registry: Registry.optional(),
    nodes: array(Node)
        .optional()
        .describe("The cluster's production nodes with their kernel and cgroup version, for node-readiness gates (upgrades to ACP 4.4, Kubernetes 1.35)"),
})
    .describe('One cluster');
const ClustersFile = strictObject({
    platformAddress: Address.optional(),
    clusters: array(Cluster).describe('Every cluster of the platform'),
    externalRegistry: schemas_boolean()
        .optional()
        .describe('ProductBase.spec.registry.external: true when the platform uses an external registry (4.4 and later publish the Core artifacts with res/upload.sh then); default false'),
})
    .describe('acp-upgrade-check clusters.yaml: every cluster and the versions it runs');
const Step = strictObject({
    cluster: ClusterName.optional().describe('The cluster this step upgrades'),
    clusters: array(ClusterName)
        .min(1, { message: 'clusters must name at least one cluster' })
        .optional()
        .describe('Several clusters upgraded in the same window'),
    to: VersionValue.optional().describe('The Distribution Version the cluster(s) reach'),
    kubernetes: VersionValue.optional().describe('The Kubernetes version after the step; alone, a Kubernetes-only step'),
})
    .describe('One maintenance window: cluster or clusters, and to and/or kubernetes');
const Waiver = strictObject({
    rule: schemas_text('a rule id').describe('The rule id to waive, e.g. order/kubernetes-with-core'),
    cluster: ClusterName.optional().describe('Only findings about this cluster'),
    package: schemas_text('a package name').optional().describe('Only findings about this package'),
    reason: schemas_text('a waiver reason').describe('Why the risk is accepted (shown in the comment)'),
    owner: schemas_text('a waiver owner').describe('Who accepted the risk (shown in the comment)'),
    expires: VersionValue.describe('YYYY-MM-DD, quoted or not; after this day the waiver no longer applies'),
})
    .describe('An accepted risk: rule, reason, owner and expiry are required');
const PlanFile = strictObject({
    target: VersionValue.describe('The Distribution Version the global tier must reach'),
    steps: array(Step).describe('Maintenance windows, run top to bottom'),
    waivers: array(Waiver).optional(),
})
    .describe('acp-upgrade-check plan.yaml: the target and the ordered upgrade steps');
const CorePackage = strictObject({
    core: VersionValue.describe('The Distribution Version of this Core package'),
    file: FilePath,
    sha256: printable('a sha256').optional(),
})
    .describe('The Core package of a Distribution Version');
const ApplicationPackage = strictObject({
    name: ApplicationName.describe('The application name in apps.yaml'),
    displayName: freeText('a display name').optional(),
    type: ApplicationType,
    version: VersionValue.describe('The package version'),
    lifecycle: schemas_enum(['aligned', 'agnostic']).optional(),
    acpVersions: array(VersionValue)
        .optional()
        .describe('The portal\'s "ACP compatible versions", e.g. ["4.2", "4.3"]'),
    file: FilePath,
    sha256: printable('a sha256').optional(),
})
    .describe('A cluster plugin, operator or chart package');
const PackagesFile = strictObject({
    packages: array(union([CorePackage, ApplicationPackage])).describe('Downloaded packages'),
})
    .describe('acp-upgrade-check packages.yaml: the packages downloaded for the window');
/** apps.yaml is violet's format and may grow: keys we do not use are ignored (typos are caught). */
const Installation = looseObject({
    clusterName: ClusterName,
    version: VersionValue,
});
const Application = looseObject({
    displayName: freeText('a display name').optional(),
    type: ApplicationType,
    installed: array(Installation).nullable().optional(),
});
const AppsFile = looseObject({
    applications: record(ApplicationName, Application).nullable(),
});

;// CONCATENATED MODULE: ./src/engine/catalog/schema.ts
// The shape of the release catalog (catalog/acp.yaml and a user's catalog.yaml).


/**
 * The catalog file's schema, built on first use: only a user's catalog.yaml (and the docs
 * generator) needs it, and building zod schemas costs start-up time at every run.
 */
function catalogFileSchema() {
    return (built ??= buildSchemas());
}
let built;
const MAX_RELEASES = 200;
const MAX_EDGES = 2000;
const MAX_RULES = 200;
/** Versions in one list (a matrix row, an edge's source patches) and patterns in one rule. */
const MAX_LIST = 100;
function buildSchemas() {
    /** A minor version key such as "4.3" or "1.31"; numbers are read from their source text. */
    // Every string is one line (issue #21): a task, a scenario or an ack key is printed in a
    // runbook's `# note`, where a line break would start a command of its own.
    const Minor = printableOrNumber('a minor version').describe('A minor version, e.g. "4.3" or "1.31"');
    const Source = schemas_text('a source').describe('The public document this entry restates');
    const Id = schemas_text('a rule id');
    const Patterns = strictObject({
        nameContains: array(schemas_text('a pattern')).max(MAX_LIST).optional(),
        displayNameContains: array(schemas_text('a pattern')).max(MAX_LIST).optional(),
    })
        .describe('Substrings that recognise an application or package (case-insensitive; spaces, "-" and "_" ignored)');
    const CatalogRelease = strictObject({
        version: Minor.describe('The release, MAJOR.MINOR'),
        kubernetes: strictObject({
            creation: array(Minor)
                .min(1)
                .max(MAX_LIST)
                .describe('Kubernetes minors supported for cluster creation'),
            compatible: array(Minor)
                .min(1)
                .max(MAX_LIST)
                .describe('Compatible Versions: what workloads may run before the global tier moves here'),
        })
            .optional()
            .describe('The Kubernetes support matrix row; absent when no document gives one'),
        source: Source,
    })
        .describe('One ACP release');
    const CatalogEdge = strictObject({
        from: Minor.describe('Source release, MAJOR.MINOR'),
        to: Minor.describe('Target release, MAJOR.MINOR'),
        fromPatches: array(printableOrNumber('a source patch'))
            .max(MAX_LIST)
            .optional()
            .describe('Only these source patches qualify (all clusters must be on one of them)'),
        kubernetes: union([
            literal('within-compatible'),
            strictObject({
                atLeast: Minor.describe('Every cluster runs this Kubernetes minor or later'),
            }),
        ])
            .describe('within-compatible (workloads inside the target\'s Compatible Versions) or { atLeast: "1.31" }'),
        prerequisites: array(strictObject({
            verify: schemas_text('a prerequisite').describe('What must hold before the upgrade, in words (e.g. "Istio is on 1.22")'),
            notInstalled: Patterns.optional().describe('Applications that break it when apps.yaml shows them installed'),
        }))
            .max(MAX_LIST)
            .optional()
            .describe("The path's prerequisites beyond Kubernetes (path/edge-prerequisite)"),
        source: Source,
    })
        .describe('A supported upgrade path');
    const CatalogPackageRule = discriminatedUnion('rule', [
        strictObject({
            id: Id,
            rule: literal('packages/topolvm-prestage'),
            edges: array(strictObject({ from: Minor, to: Minor }))
                .min(1)
                .max(MAX_LIST)
                .describe('The upgrade paths that need the package pushed before the global step'),
            application: Patterns.describe('Recognises the application in apps.yaml'),
            source: Source,
        }),
        strictObject({
            id: Id,
            rule: literal('packages/log-essentials'),
            globalAtLeast: Minor.describe('Applies when the global tier moves to this release or later'),
            whenInstalled: Patterns.describe('Applications whose presence requires the package'),
            package: Patterns.describe('Recognises the required package in packages.yaml'),
            source: Source,
        }),
        strictObject({
            id: Id,
            rule: literal('packages/mysql-pxc'),
            globalInto: Minor.describe('Applies when the global tier moves into this release from below it'),
            application: Patterns.describe('Recognises the MySQL application in apps.yaml'),
            source: Source,
        }),
        strictObject({
            id: Id,
            rule: literal('platform/post-upgrade'),
            release: Minor.describe('Applies when the global tier moves into this release from below it'),
            after: schemas_enum(['global', 'all-workloads'])
                .describe('Falls due once the global reaches the release, or once every workload has'),
            sourceBelow: Minor.optional().describe('Only when the release the global tier moves from is below this one'),
            whenInstalled: Patterns.optional().describe('Only when such an application is installed; the task names them'),
            task: schemas_text('a task').describe('What to do, in words; {installed} stands for the installed applications'),
            source: Source,
        }),
        strictObject({
            id: Id,
            rule: literal('packages/missing')
                .describe('A scenario package set: its members missing from packages.yaml are packages/missing'),
            scenario: schemas_text('a scenario').describe('The scenario name violet downloads, e.g. "ACP Upgrade to v4.4"'),
            release: Minor.describe('Applies to a hop into this release'),
            violetAtLeast: schemas_text('a violet version').describe('The oldest violet that downloads the set'),
            displayNames: array(schemas_text('a display name'))
                .min(1)
                .max(MAX_LIST)
                .describe('The applications of the set, by display name (case-insensitive; spaces, "-" and "_" ignored; whole names)'),
            neverPushFrom: array(Minor)
                .max(MAX_LIST)
                .optional()
                .describe('Source releases whose guide warns against pushing the set with violet'),
            agnosticOptional: schemas_boolean()
                .optional()
                .describe('Missing Agnostic packages do not block the upgrade of this release'),
            source: Source,
        }),
        strictObject({
            id: Id,
            rule: literal('platform/node-readiness'),
            kubernetesAtLeast: Minor.describe('Applies to a hop into a release whose creation Kubernetes is this minor or later'),
            kernelAtLeast: Minor.describe('The oldest Linux kernel a production node may run, MAJOR.MINOR'),
            cgroup: literal('v2').describe('The cgroup version every production node must run'),
            ackKeys: array(strictObject({ release: Minor, key: schemas_text('an ack key') }))
                .max(MAX_LIST)
                .describe("The administrator acknowledgement key of each release's gate"),
            source: Source,
        }),
    ])
        .describe('A special package rule');
    // A catalog.yaml comes from the pull request: its size is bounded so that no file can make
    // route search or matching expensive (SPEC §2: at most 200 releases and 2,000 edges).
    const CatalogFile = strictObject({
        schemaVersion: literal(1).optional(),
        version: schemas_number()
            .int()
            .positive()
            .optional()
            .describe("The built-in catalog's version, raised whenever its facts change"),
        releases: array(CatalogRelease)
            .max(MAX_RELEASES, { error: `at most ${MAX_RELEASES} releases` })
            .optional(),
        edges: array(CatalogEdge)
            .max(MAX_EDGES, { error: `at most ${MAX_EDGES} edges` })
            .optional(),
        packageRules: array(CatalogPackageRule)
            .max(MAX_RULES, { error: `at most ${MAX_RULES} package rules` })
            .optional(),
        platform: strictObject({
            minioMinFreeGB: schemas_number().positive().describe('Minimum free GB in /cpaas/minio'),
            source: Source,
        })
            .optional(),
    })
        .describe('acp-upgrade-check catalog: releases, upgrade paths and package rules');
    return CatalogFile;
}

;// CONCATENATED MODULE: ./src/engine/catalog/catalog.ts
// The release catalog: releases with their Kubernetes matrix, the supported upgrade edges, and
// the special package rules. Built from catalog/acp.yaml plus the user's catalog.yaml, whose
// entries add to or replace built-in ones by key.





class Catalog {
    version;
    releases;
    edges;
    packageRules;
    minio;
    byFrom = new Map();
    byTo = new Map();
    constructor(
    /** The built-in catalog's version (catalog/acp.yaml `version`). */
    version, releases, edges, packageRules, minio) {
        this.version = version;
        this.releases = releases;
        this.edges = edges;
        this.packageRules = packageRules;
        this.minio = minio;
        for (const edge of edges.values()) {
            push(this.byFrom, minorOf(edge.from), edge);
            push(this.byTo, minorOf(edge.to), edge);
        }
        for (const list of this.byFrom.values())
            list.sort((a, b) => compareMinor(b.to, a.to));
    }
    release(version) {
        return this.releases.get(minorOf(version));
    }
    edge(from, to) {
        return this.edges.get(edgeKey(from, to));
    }
    /** Whether a cluster on `from` (with its patch, if known) may take this edge. */
    allowsSource(edge, from) {
        if (!edge.fromPatches || from.patch === undefined)
            return true;
        return edge.fromPatches.some((patch) => matchesVersion(from, patch));
    }
    /**
     * The number of hops from each release (by minor) to `to`'s minor, for every release that can
     * reach it: one breadth-first search backwards over the edges, linear in the catalog's size.
     */
    hopsTo(to) {
        const goal = minorOf(to);
        const hops = new Map([[goal, 0]]);
        let frontier = [goal];
        while (frontier.length > 0) {
            const next = [];
            for (const minor of frontier) {
                const distance = hops.get(minor) + 1;
                for (const edge of this.byTo.get(minor) ?? []) {
                    const from = minorOf(edge.from);
                    if (hops.has(from))
                        continue;
                    hops.set(from, distance);
                    next.push(from);
                }
            }
            frontier = next;
        }
        return hops;
    }
    /** The edges out of a release, newest target first. */
    edgesFrom(from) {
        return this.byFrom.get(minorOf(from)) ?? [];
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function edgeKey(from, to) {
    return `${minorOf(from)}->${minorOf(to)}`;
}
/** Lower-cased, without spaces, "-" and "_": `Log Essentials` matches `logessentials`. */
function normalizeForMatch(text) {
    return text.toLowerCase().replace(/[\s_-]+/g, '');
}
function matchesPatterns(patterns, name, displayName) {
    const hit = (value, list) => value !== undefined &&
        list.some((pattern) => normalizeForMatch(value).includes(normalizeForMatch(pattern)));
    return hit(name, patterns.nameContains) || hit(displayName, patterns.displayNameContains);
}
/**
 * Builds the catalog from the built-in data and, optionally, the user's file. The built-in data
 * is catalog/acp.yaml as the bundle embeds it (a test validates that file against the schema, so
 * it is not validated again at every start); problems in the user's file are findings, and so is
 * every built-in entry it replaces (catalog/override): the rules a pull request is judged by must
 * not change silently.
 */
function buildCatalog(builtin, user, policy = 'warn') {
    const draft = { releases: new Map(), edges: new Map(), rules: new Map() };
    mergeCatalog(draft, builtin, (path) => {
        const version = parseVersion(String(valueAt(builtin, path)));
        if (!version)
            throw new Error(`the built-in catalog has no version at ${path.join('.')}`);
        return version;
    });
    const builtinKeys = new Set(draftKeys(draft));
    for (const edge of draft.edges.values()) {
        const unknown = unknownEnd(draft, edge);
        if (unknown)
            throw new Error(`catalog edge ${edgeKey(edge.from, edge.to)} names ${unknown}`);
    }
    const changes = { added: [], overrides: [] };
    const findings = user ? mergeUserCatalog(draft, user, changes) : [];
    const overridden = new Set(changes.overrides.map((o) => o.entry));
    for (const key of draftKeys(draft)) {
        if (!builtinKeys.has(key) && !overridden.has(key))
            changes.added.push(key);
    }
    if (policy !== 'allow') {
        for (const override of changes.overrides)
            findings.push(overrideFinding(override, policy));
    }
    if (!draft.minio)
        throw new Error('the built-in catalog lacks platform.minioMinFreeGB');
    const catalog = new Catalog(builtin.version ?? 1, draft.releases, draft.edges, [...draft.rules.values()], draft.minio);
    return { catalog, findings, changes };
}
function draftKeys(draft) {
    return [
        ...[...draft.releases.keys()].map((k) => `release ${k}`),
        ...[...draft.edges.values()].map((e) => edgeEntry(e)),
        ...[...draft.rules.keys()].map((k) => `package rule ${k}`),
    ];
}
function edgeEntry(edge) {
    return `edge ${minorOf(edge.from)} -> ${minorOf(edge.to)}`;
}
/** `release 4.5` when an edge names a release the catalog lacks. */
function unknownEnd(draft, edge) {
    for (const end of [edge.from, edge.to]) {
        if (!draft.releases.has(minorOf(end)))
            return `the unknown release ${minorOf(end)}`;
    }
    return undefined;
}
function overrideFinding(override, policy) {
    return finding('catalog/override', `catalog.yaml changes what the built-in catalog says of the ${override.entry}: ${override.builtin} there, ${override.user} here; the plan is now judged by this entry instead of the ACP documentation: remove it from catalog.yaml unless the documentation changed, and have the change reviewed`, override.at.file, override.at.offset, { severity: policy === 'error' ? 'error' : 'warning' });
}
function valueAt(value, path) {
    let current = value;
    for (const part of path)
        current = current?.[part];
    return current;
}
/** The user's catalog.yaml: validated, versions read from their source text, problems reported. */
function mergeUserCatalog(draft, parsed, changes) {
    if (!parsed.root)
        return [];
    const { value, findings } = validate(catalogFileSchema(), parsed, parsed.root);
    if (!value)
        return findings;
    const root = parsed.root;
    const locate = (path) => ({ file: parsed.file, offset: nodeAt(root, path).node.start });
    // The user's entries go into a draft of their own first: an edge may name a release the same
    // file adds, and is judged against the merged releases.
    const mine = { releases: new Map(), edges: new Map(), rules: new Map() };
    const places = new Map();
    mergeCatalog(mine, value, (path) => {
        const { node } = nodeAt(root, path);
        const version = scalarVersion(node) ?? undefined;
        if (!version) {
            findings.push(finding('input/schema', `"${scalarText(node)}" is not a version (write MAJOR.MINOR, e.g. "4.3")`, parsed.file, node.start));
        }
        return version;
    }, (entry, path) => places.set(entry, locate(path)));
    const releases = new Map([...draft.releases, ...mine.releases]);
    const unknown = (edge) => unknownEnd({ ...draft, releases }, edge);
    for (const [key, edge] of mine.edges) {
        const problem = unknownEnd({ ...draft, releases }, edge);
        if (!problem)
            continue;
        const at = places.get(edgeEntry(edge));
        findings.push(finding('input/schema', `the ${edgeEntry(edge)} names ${problem}; add the release under "releases:" (with its Kubernetes support matrix) or fix the version`, at.file, at.offset));
        mine.edges.delete(key);
    }
    for (const [id, rule] of mine.rules) {
        const named = rule.rule === 'packages/topolvm-prestage'
            ? rule.edges.map(unknown).find((p) => p !== undefined)
            : ruleReleases(rule)
                .filter((v) => !releases.has(minorOf(v)))
                .map((v) => `the unknown release ${minorOf(v)}`)[0];
        if (!named)
            continue;
        const at = places.get(`package rule ${id}`);
        findings.push(finding('input/schema', `package rule ${id} names ${named}; add the release under "releases:" or fix the version`, at.file, at.offset));
        mine.rules.delete(id);
    }
    const replace = (map, key, entry, value, say) => {
        const before = map.get(key);
        if (before !== undefined && say(before) !== say(value)) {
            changes.overrides.push({
                entry,
                builtin: say(before),
                user: say(value),
                at: places.get(entry),
            });
        }
        map.set(key, value);
    };
    // Between two releases the built-in catalog knows, a path it lacks is one the documentation
    // does not support ("any other pair is unsupported"): adding it changes a fact too.
    const documented = new Set(draft.releases.keys());
    for (const [key, edge] of mine.edges) {
        if (draft.edges.has(key) || !documented.has(minorOf(edge.from)))
            continue;
        if (!documented.has(minorOf(edge.to)))
            continue;
        const entry = edgeEntry(edge);
        changes.overrides.push({
            entry,
            builtin: 'not a supported upgrade path',
            user: describeEdge(edge),
            at: places.get(entry),
        });
    }
    for (const [key, release] of mine.releases)
        replace(draft.releases, key, `release ${key}`, release, describeRelease);
    for (const [key, edge] of mine.edges)
        replace(draft.edges, key, edgeEntry(edge), edge, describeEdge);
    for (const [key, rule] of mine.rules)
        replace(draft.rules, key, `package rule ${key}`, rule, describeRule);
    if (mine.minio) {
        const say = (m) => `${m.minFreeGB} GB free in /cpaas/minio`;
        if (draft.minio && say(draft.minio) !== say(mine.minio)) {
            changes.overrides.push({
                entry: 'platform',
                builtin: say(draft.minio),
                user: say(mine.minio),
                at: places.get('platform'),
            });
        }
        draft.minio = mine.minio;
    }
    changes.overrides.sort((a, b) => a.at.offset - b.at.offset);
    return findings;
}
/** The facts of an entry in words (its source aside): equal words, equal facts. */
function describeRelease(release) {
    if (!release.creation || !release.compatible)
        return 'no Kubernetes matrix';
    const list = (versions) => versions.map(minorOf).join(', ');
    return `Kubernetes for creation ${list(release.creation)}, Compatible Versions ${list(release.compatible)}`;
}
function describeEdge(edge) {
    const kubernetes = edge.kubernetes.kind === 'at-least'
        ? `every cluster on Kubernetes ${minorOf(edge.kubernetes.minimum)} or later`
        : "workloads inside the target's Compatible Versions";
    const patches = edge.fromPatches ? ` from ${edge.fromPatches.map((v) => v.text).join(', ')}` : '';
    const others = edge.prerequisites?.length
        ? `; ${edge.prerequisites.map((p) => p.verify).join('; ')}`
        : '';
    return `${kubernetes}${patches}${others}`;
}
/** The releases a rule other than the pre-stage names: each must be in the catalog. */
function ruleReleases(rule) {
    switch (rule.rule) {
        case 'packages/log-essentials':
            return [rule.globalAtLeast];
        case 'packages/mysql-pxc':
            return [rule.globalInto];
        case 'platform/post-upgrade':
            return [rule.release];
        case 'packages/missing':
            return [rule.release, ...rule.neverPushFrom];
        case 'platform/node-readiness':
            return rule.ackKeys.map((a) => a.release);
    }
}
function describeRule(rule) {
    const patterns = (p) => `names ${p.nameContains.join('/') || '-'}, display names ${p.displayNameContains.join('/') || '-'}`;
    switch (rule.rule) {
        case 'packages/topolvm-prestage':
            return `${rule.rule} on ${rule.edges.map((e) => `${minorOf(e.from)} -> ${minorOf(e.to)}`).join(', ')} for ${patterns(rule.application)}`;
        case 'packages/log-essentials':
            return `${rule.rule} from ${minorOf(rule.globalAtLeast)} when ${patterns(rule.whenInstalled)} is installed, package ${patterns(rule.package)}`;
        case 'packages/mysql-pxc':
            return `${rule.rule} into ${minorOf(rule.globalInto)} for ${patterns(rule.application)}`;
        case 'platform/post-upgrade':
            return `${rule.rule} into ${minorOf(rule.release)}${rule.sourceBelow ? ` from below ${minorOf(rule.sourceBelow)}` : ''}, after ${rule.after}${rule.whenInstalled ? ` when ${patterns(rule.whenInstalled)} is installed` : ''}: ${rule.task}`;
        case 'packages/missing':
            return `scenario "${rule.scenario}" into ${minorOf(rule.release)} (violet ${rule.violetAtLeast} or later): ${rule.displayNames.join(', ')}; no violet push from ${rule.neverPushFrom.map(minorOf).join(', ') || '-'}; missing Agnostic packages ${rule.agnosticOptional ? 'do not block' : 'block'} the upgrade`;
        case 'platform/node-readiness':
            return `${rule.rule} into a release created with Kubernetes ${minorOf(rule.kubernetesAtLeast)} or later: kernel ${minorOf(rule.kernelAtLeast)} or later, cgroup ${rule.cgroup}, ack keys ${rule.ackKeys.map((a) => `${minorOf(a.release)}: ${a.key}`).join(', ')}`;
    }
}
/**
 * Adds or replaces entries by key: releases by version, edges by from+to, rules by id. `seen`
 * learns where each entry of the file is.
 */
function mergeCatalog(draft, value, minor, seen = () => { }) {
    const minors = (path, count) => Array.from({ length: count }, (_, i) => minor([...path, i])).filter((v) => v !== undefined);
    value.releases?.forEach((release, i) => {
        const version = minor(['releases', i, 'version']);
        if (!version)
            return;
        const entry = { version: toMinor(version), source: release.source };
        if (release.kubernetes) {
            entry.creation = minors(['releases', i, 'kubernetes', 'creation'], release.kubernetes.creation.length);
            entry.compatible = minors(['releases', i, 'kubernetes', 'compatible'], release.kubernetes.compatible.length);
        }
        draft.releases.set(minorOf(version), entry);
        seen(`release ${minorOf(version)}`, ['releases', i]);
    });
    value.edges?.forEach((edge, i) => {
        const from = minor(['edges', i, 'from']);
        const to = minor(['edges', i, 'to']);
        if (!from || !to)
            return;
        const kubernetes = edge.kubernetes === 'within-compatible'
            ? { kind: 'within-compatible' }
            : { kind: 'at-least', minimum: minor(['edges', i, 'kubernetes', 'atLeast']) ?? from };
        const entry = { from: toMinor(from), to: toMinor(to), kubernetes, source: edge.source };
        if (edge.fromPatches)
            entry.fromPatches = minors(['edges', i, 'fromPatches'], edge.fromPatches.length);
        if (edge.prerequisites) {
            entry.prerequisites = edge.prerequisites.map((p) => ({
                verify: p.verify,
                ...(p.notInstalled && { notInstalled: patterns(p.notInstalled) }),
            }));
        }
        draft.edges.set(edgeKey(from, to), entry);
        seen(edgeEntry(entry), ['edges', i]);
    });
    value.packageRules?.forEach((rule, i) => {
        const built = buildRule(rule, (path) => minor(['packageRules', i, ...path]));
        if (!built)
            return;
        draft.rules.set(rule.id, built);
        seen(`package rule ${rule.id}`, ['packageRules', i]);
    });
    if (value.platform) {
        draft.minio = { minFreeGB: value.platform.minioMinFreeGB, source: value.platform.source };
        seen('platform', ['platform']);
    }
}
function buildRule(rule, minor) {
    if (rule.rule === 'packages/topolvm-prestage') {
        const edges = rule.edges.flatMap((_, j) => {
            const from = minor(['edges', j, 'from']);
            const to = minor(['edges', j, 'to']);
            return from && to ? [{ from, to }] : [];
        });
        return {
            id: rule.id,
            rule: rule.rule,
            edges,
            application: patterns(rule.application),
            source: rule.source,
        };
    }
    if (rule.rule === 'packages/mysql-pxc') {
        const globalInto = minor(['globalInto']);
        if (!globalInto)
            return undefined;
        return {
            id: rule.id,
            rule: rule.rule,
            globalInto,
            application: patterns(rule.application),
            source: rule.source,
        };
    }
    if (rule.rule === 'packages/missing') {
        const release = minor(['release']);
        const neverPushFrom = (rule.neverPushFrom ?? []).map((_, j) => minor(['neverPushFrom', j]));
        if (!release || neverPushFrom.some((v) => v === undefined))
            return undefined;
        return {
            id: rule.id,
            rule: rule.rule,
            scenario: rule.scenario,
            release,
            violetAtLeast: rule.violetAtLeast,
            displayNames: rule.displayNames,
            neverPushFrom: neverPushFrom,
            agnosticOptional: rule.agnosticOptional ?? false,
            source: rule.source,
        };
    }
    if (rule.rule === 'platform/node-readiness') {
        const kubernetesAtLeast = minor(['kubernetesAtLeast']);
        const kernelAtLeast = minor(['kernelAtLeast']);
        const releases = rule.ackKeys.map((_, j) => minor(['ackKeys', j, 'release']));
        if (!kubernetesAtLeast || !kernelAtLeast || releases.some((v) => v === undefined))
            return undefined;
        return {
            id: rule.id,
            rule: rule.rule,
            kubernetesAtLeast,
            kernelAtLeast,
            cgroup: rule.cgroup,
            ackKeys: rule.ackKeys.map((a, j) => ({ release: releases[j], key: a.key })),
            source: rule.source,
        };
    }
    if (rule.rule === 'platform/post-upgrade') {
        const release = minor(['release']);
        if (!release)
            return undefined;
        const built = {
            id: rule.id,
            rule: rule.rule,
            release,
            after: rule.after,
            task: rule.task,
            source: rule.source,
        };
        if (rule.sourceBelow !== undefined) {
            const below = minor(['sourceBelow']);
            if (!below)
                return undefined;
            built.sourceBelow = below;
        }
        if (rule.whenInstalled)
            built.whenInstalled = patterns(rule.whenInstalled);
        return built;
    }
    const globalAtLeast = minor(['globalAtLeast']);
    if (!globalAtLeast)
        return undefined;
    return {
        id: rule.id,
        rule: rule.rule,
        globalAtLeast,
        whenInstalled: patterns(rule.whenInstalled),
        package: patterns(rule.package),
        source: rule.source,
    };
}
function patterns(p) {
    return { nameContains: p.nameContains ?? [], displayNameContains: p.displayNameContains ?? [] };
}
function toMinor(version) {
    return { ...version, patch: undefined, text: minorOf(version) };
}
/** The version a scalar's source text spells (`1.30`, not the number 1.3). */
function scalarVersion(node) {
    return node.kind === 'scalar' ? parseVersion(node.source) : null;
}
function scalarText(node) {
    return node.kind === 'scalar' ? node.source : node.kind === 'seq' ? '(a list)' : '(a mapping)';
}

;// CONCATENATED MODULE: ./src/engine/hops.ts

function hopsOf(moves, clusters, plan) {
    const hops = [];
    let tierVersion = clusters.global.version;
    for (const move of moves) {
        let hop = hops.find((h) => matchesVersion(move.to, h.version));
        if (!hop) {
            hop = {
                index: hops.length + 1,
                version: move.to,
                moves: [],
                firstMove: move,
                from: tierVersion,
                final: false,
                clusters: [],
                moving: new Set(),
            };
            hops.push(hop);
        }
        hop.moves.push(move);
        if (move.cluster.role !== 'workload') {
            hop.firstTierMove ??= move;
            tierVersion = move.to;
        }
    }
    for (const hop of hops) {
        const names = new Set(hop.moves.map((m) => m.cluster.name));
        hop.clusters = clusters.list.filter((c) => names.has(c.name)).map((c) => c.name);
        hop.moving = names;
    }
    const target = plan?.target;
    const final = (target && hops.find((h) => matchesVersion(h.version, target))) ?? hops[hops.length - 1];
    if (final)
        final.final = true;
    return hops;
}
/**
 * When clusters.yaml does not load, nothing can be simulated; the download list still says what
 * packages.yaml holds for the target, as one hop that every installed application moves in.
 */
function standInHop(plan, clusterNames) {
    return {
        index: 1,
        version: plan.target,
        moves: [],
        from: plan.target,
        final: true,
        clusters: clusterNames,
        moving: new Set(clusterNames),
    };
}

;// CONCATENATED MODULE: ./src/engine/downloads.ts
// The required download list, hop by hop (SPEC §3 packages/missing): for each Distribution
// Version the plan moves to, its Core package and the Aligned packages of the applications on the
// clusters that move in it; Agnostic packages for the final target only; and the special packages
// of the catalog's package rules. Each entry carries its status against packages.yaml.




/** Why a package is on the list: installed somewhere, a package rule, or just downloaded. */
const DOWNLOAD_REASONS = (/* unused pure expression or super */ null && ([
    'installed',
    'topolvm-prestage',
    'log-essentials',
    'scenario',
    'listed',
]));
function computeDownloads(input) {
    const hops = input.clusters
        ? (input.hops ?? [])
        : input.plan
            ? [
                standInHop(input.plan, input.apps.list.flatMap((a) => a.installed.map((i) => i.cluster))),
            ]
            : [];
    const specs = input.packages.filter((p) => p.kind === 'package');
    const infos = specs.map((spec) => packageInfo(spec, input, hops));
    const list = [];
    for (const hop of hops) {
        list.push(coreDownload(hop, input.packages));
        list.push(...packageDownloads(hop, input, infos));
    }
    placeUnserved(infos, hops, list, input);
    return { hops, list, packages: infos };
}
function coreDownload(hop, packages) {
    const spec = packages.find((p) => p.kind === 'core' &&
        (matchesVersion(p.version, hop.version) || matchesVersion(hop.version, p.version)));
    const download = {
        kind: 'core',
        hop,
        version: hop.version.text,
        status: spec ? 'present' : 'missing',
    };
    if (hop.firstMove)
        download.firstMove = hop.firstMove;
    if (spec) {
        download.file = spec.file;
        download.spec = spec;
    }
    return download;
}
/** A package serves the hops its acpVersions list; without acpVersions, the final target. */
function serves(spec, hop) {
    if (!spec.acpVersions)
        return hop.final;
    return spec.acpVersions.some((v) => compareMinor(v, hop.version) === 0);
}
function packageInfo(spec, input, hops) {
    const app = input.apps.byName.get(spec.name);
    const info = { spec, hops: [], incompatible: false };
    if (app)
        info.app = app;
    const releases = hops.length > 0 ? hops.map((h) => h.version) : input.plan ? [input.plan.target] : [];
    if (spec.acpVersions && releases.length > 0) {
        info.incompatible = !spec.acpVersions.some((v) => releases.some((r) => compareMinor(v, r) === 0));
    }
    const newest = app ? newestVersion([...new Set(app.installed.map((i) => i.version))]) : undefined;
    if (newest !== undefined && (compareAppVersions(spec.version, newest) ?? 0) < 0) {
        info.olderThan = newest;
    }
    return info;
}
function packageDownloads(hop, input, infos) {
    const needs = new Map();
    const moving = new Set(hop.clusters);
    for (const app of input.apps.list) {
        if (!app.installed.some((i) => moving.has(i.cluster)))
            continue;
        if (lifecycleOf(app.name, infos) === 'agnostic' && !hop.final)
            continue;
        needs.set(app.name, { app, reasons: ['installed'], special: false });
    }
    applyPrestageRules(hop, input, needs);
    const companion = applyCompanionRules(hop, input, infos, needs);
    const scenario = scenarioOf(hop, input.catalog);
    const member = (name, displayName) => scenario !== undefined && isMember(scenario, name, displayName, input.apps);
    const out = [];
    const listed = new Set();
    for (const info of infos) {
        const need = needs.get(info.spec.name);
        if (!serves(info.spec, hop))
            continue;
        if (info.spec.lifecycle === 'agnostic' && !hop.final && !need?.special)
            continue;
        info.hops.push(hop);
        out.push(withPackage(hop, info, need, input));
        listed.add(info.spec.name);
    }
    for (const [name, need] of needs) {
        if (listed.has(name))
            continue;
        out.push(downloads_missing(hop, name, need, input, infos));
    }
    if (companion)
        out.push(companion);
    if (scenario) {
        for (const d of out) {
            if (!member(d.name, d.displayName))
                continue;
            d.scenario = scenario;
            d.reasons = [...d.reasons.filter((r) => r !== 'listed'), 'scenario'];
        }
        for (const displayName of scenario.displayNames) {
            if (out.some((d) => d.scenario && sameName(d.displayName, displayName)))
                continue;
            out.push({
                kind: 'package',
                hop,
                displayName,
                type: 'ModulePlugin',
                lifecycle: 'aligned',
                clusters: [],
                installedVersions: [],
                status: 'missing',
                reasons: ['scenario'],
                scenario,
            });
        }
    }
    return out.sort((a, b) => compareText(a.name ?? '\uffff', b.name ?? '\uffff') ||
        compareText(a.displayName ?? '', b.displayName ?? '') ||
        compareText(a.version ?? '', b.version ?? ''));
}
/**
 * A package listed for no hop (its acpVersions name no release of the journey, or it is Agnostic
 * and lists only an intermediate release) still has its file: it goes on the list, and is pushed,
 * with the first hop it names or else the final one (SPEC §1: a waived finding keeps the work).
 */
function placeUnserved(infos, hops, list, input) {
    const final = hops.find((h) => h.final);
    if (!final)
        return;
    for (const info of infos) {
        if (info.hops.length > 0)
            continue;
        const hop = hops.find((h) => serves(info.spec, h)) ?? final;
        info.hops.push(hop);
        const download = withPackage(hop, info, undefined, input);
        const at = list.findIndex((d) => d.hop === hop &&
            d.kind === 'package' &&
            d.name === info.spec.name &&
            d.status === 'missing');
        if (at >= 0) {
            const replaced = list[at];
            download.reasons = replaced.reasons;
            if (replaced.prestage)
                download.prestage = replaced.prestage;
            if (replaced.companion)
                download.companion = replaced.companion;
            list[at] = download;
            continue;
        }
        const end = list.findLastIndex((d) => d.hop === hop);
        list.splice(end + 1, 0, download);
    }
}
function withPackage(hop, info, need, input) {
    const { spec, app } = info;
    const download = base(hop, spec.name, app, input);
    download.reasons = need
        ? [...need.reasons]
        : app && app.installed.length > 0
            ? ['installed']
            : ['listed'];
    if (need?.prestage)
        download.prestage = need.prestage;
    if (need?.companion)
        download.companion = need.companion;
    download.spec = spec;
    download.file = spec.file;
    download.version = spec.version;
    // apps.yaml is violet's own export: its type decides the push (packages/type-mismatch).
    download.type = app?.type ?? spec.type;
    if (spec.lifecycle)
        download.lifecycle = spec.lifecycle;
    if (download.displayName === undefined && spec.displayName !== undefined)
        download.displayName = spec.displayName;
    download.status =
        info.incompatible || info.olderThan !== undefined || !serves(spec, hop)
            ? 'incompatible'
            : 'present';
    return download;
}
function downloads_missing(hop, name, need, input, infos) {
    const download = base(hop, name, need.app, input);
    download.reasons = [...need.reasons];
    // What its other packages say (an Agnostic plugin is optional for CVO from 4.4 on).
    const lifecycle = lifecycleOf(name, infos);
    if (lifecycle)
        download.lifecycle = lifecycle;
    if (need.prestage)
        download.prestage = need.prestage;
    if (need.companion)
        download.companion = need.companion;
    return download;
}
function base(hop, name, app, input) {
    const download = {
        kind: 'package',
        hop,
        name,
        clusters: app
            ? inClusterOrder(app.installed.map((i) => i.cluster), input.clusters)
            : [],
        installedVersions: app
            ? [...new Set(app.installed.map((i) => i.version))].sort(compareVersionText)
            : [],
        status: 'missing',
        reasons: [],
    };
    if (app) {
        download.app = app;
        download.type = app.type;
        if (app.displayName !== undefined)
            download.displayName = app.displayName;
    }
    return download;
}
/**
 * The scenario set of a hop into its release from an earlier one ("ACP Upgrade to v4.4"), when
 * the global tier moves in the hop.
 */
function scenarioOf(hop, catalog) {
    if (!hop.firstTierMove)
        return undefined;
    return catalog.packageRules.find((r) => r.rule === 'packages/missing' &&
        compareMinor(r.release, hop.version) === 0 &&
        compareMinor(hop.from, r.release) < 0);
}
/** Whole display names, compared as the catalog's patterns are (case, spaces, "-" and "_"). */
function sameName(a, b) {
    return a !== undefined && normalizeForMatch(a) === normalizeForMatch(b);
}
/** A package or application of the set: by its display name, or its application's. */
function isMember(rule, name, displayName, apps) {
    const shown = displayName ?? (name !== undefined ? apps.byName.get(name)?.displayName : undefined);
    return rule.displayNames.some((d) => sameName(shown, d));
}
/** An application's lifecycle as its packages state it: Aligned unless they all say Agnostic. */
function lifecycleOf(name, infos) {
    const stated = infos.filter((i) => i.spec.name === name).map((i) => i.spec.lifecycle);
    if (stated.length === 0 || stated.some((l) => l !== 'agnostic'))
        return undefined;
    return 'agnostic';
}
/** TopoLVM pre-stage: an installed application matching the rule and a hop along one of its edges. */
function applyPrestageRules(hop, input, needs) {
    for (const rule of input.catalog.packageRules) {
        if (rule.rule !== 'packages/topolvm-prestage')
            continue;
        const move = moveAlong(hop, rule.edges);
        if (!move)
            continue;
        for (const app of input.apps.list) {
            if (app.installed.length === 0)
                continue;
            if (!matchesPatterns(rule.application, app.name, app.displayName))
                continue;
            const need = needs.get(app.name) ?? { app, reasons: [], special: true };
            if (!need.reasons.includes('installed'))
                need.reasons.push('installed');
            need.reasons.push('topolvm-prestage');
            need.prestage = { rule, move };
            need.special = true;
            needs.set(app.name, need);
        }
    }
}
/** The hop's global-tier move along one of the edges (the step the push must precede). */
function moveAlong(hop, edges) {
    const along = hop.moves.filter((m) => m.edge &&
        edges.some((e) => minorOf(e.from) === minorOf(m.from) && minorOf(e.to) === minorOf(m.to)));
    return along.find((m) => m.cluster.role !== 'workload') ?? along[0];
}
/**
 * Log Essentials: a log storage plugin is installed and the hop moves the global tier up into the
 * rule's release or later. The package is recognised by pattern and must not be a trigger
 * itself. Returns the entry to add when packages.yaml has no such package for this hop.
 */
function applyCompanionRules(hop, input, infos, needs) {
    let extra;
    for (const rule of input.catalog.packageRules) {
        if (rule.rule !== 'packages/log-essentials')
            continue;
        const move = hop.firstTierMove;
        if (!move || compareMinor(hop.version, rule.globalAtLeast) < 0)
            continue;
        if (compareMinor(hop.from, hop.version) >= 0)
            continue;
        const triggers = input.apps.list
            .filter((app) => app.installed.length > 0 &&
            matchesPatterns(rule.whenInstalled, app.name, app.displayName))
            .map((app) => app.name);
        if (triggers.length === 0)
            continue;
        const isCompanion = (name, displayName) => matchesPatterns(rule.package, name, displayName) &&
            !matchesPatterns(rule.whenInstalled, name, displayName);
        const candidates = [
            ...infos.filter((i) => isCompanion(i.spec.name, i.spec.displayName)).map((i) => i.spec.name),
            ...input.apps.list.filter((a) => isCompanion(a.name, a.displayName)).map((a) => a.name),
        ];
        const companion = { rule, move, triggers };
        const name = candidates.find((n) => infos.some((i) => i.spec.name === n && serves(i.spec, hop))) ??
            candidates[0];
        if (name !== undefined) {
            const need = needs.get(name) ?? {
                reasons: [],
                special: true,
                ...(input.apps.byName.get(name) && { app: input.apps.byName.get(name) }),
            };
            need.reasons = [...need.reasons.filter((r) => r !== 'listed'), 'log-essentials'];
            need.companion = companion;
            need.special = true;
            needs.set(name, need);
            continue;
        }
        extra = {
            kind: 'package',
            hop,
            displayName: 'Alauda Container Platform Log Essentials',
            type: 'ModulePlugin',
            clusters: [],
            installedVersions: [],
            status: 'missing',
            reasons: ['log-essentials'],
            companion,
        };
    }
    return extra;
}
/** Distinct names in clusters.yaml order (unknown names last, by name); each looked up once. */
function inClusterOrder(names, clusters) {
    const keyed = [...new Set(names)].map((name) => ({
        name,
        index: clusters?.byName.get(name)?.index ?? Number.MAX_SAFE_INTEGER,
    }));
    keyed.sort((a, b) => a.index - b.index || compareText(a.name, b.name));
    return keyed.map((k) => k.name);
}
function compareVersionText(a, b) {
    return compareAppVersions(a, b) ?? compareText(a, b);
}
function newestVersion(versions) {
    return [...versions].sort(compareVersionText).pop();
}

;// CONCATENATED MODULE: ./src/engine/shell.ts
// Shell quoting for generated commands. A value from the inventory is always one argument: plain
// when it has only characters the shell leaves alone, else single-quoted. Secrets are never
// values: they are references to environment variables, written "$NAME".

const UNSAFE_VALUE = new RegExp(UNSAFE_CHARACTER);
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
function quote(value) {
    if (UNSAFE_VALUE.test(value)) {
        // The schemas refuse such values before they get here; printing one would split the line.
        throw new Error('refusing to quote a value with control characters');
    }
    if (SAFE.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function env(name) {
    return { env: name };
}
/** The argv form: variable references as `$NAME`, for tools that run commands without a shell. */
function argvOf(args) {
    return args.map((arg) => (typeof arg === 'string' ? arg : `$${arg.env}`));
}
/** One line for bash: values quoted, variable references double-quoted so they expand once. */
function shellOf(args) {
    return args.map((arg) => (typeof arg === 'string' ? quote(arg) : `"$${arg.env}"`)).join(' ');
}

;// CONCATENATED MODULE: ./src/engine/commands.ts





const TOKEN = env('ACP_PLATFORM_TOKEN');
function buildCommands(input) {
    return new Runbook(input).build();
}
class Runbook {
    input;
    commands = [];
    hopByMove = new Map();
    movesByStep = new Map();
    extras = new Map();
    address;
    standbyAddress;
    standbyRegistry;
    constructor(input) {
        this.input = input;
        const { clusters } = input;
        this.address = clusters.platformAddress ?? env('ACP_PLATFORM_ADDRESS');
        this.standbyAddress = clusters.standby?.platformAddress ?? env('ACP_STANDBY_PLATFORM_ADDRESS');
        this.standbyRegistry = clusters.standby?.registry ?? env('ACP_STANDBY_REGISTRY');
        for (const hop of input.downloads.hops)
            for (const move of hop.moves)
                this.hopByMove.set(move, hop);
        for (const move of input.journey.moves) {
            const list = this.movesByStep.get(move.step.index) ?? [];
            list.push(move);
            this.movesByStep.set(move.step.index, list);
        }
    }
    build() {
        const { plan, downloads } = this.input;
        this.verify();
        const firstStep = plan.steps[0]?.index;
        const byStep = new Map();
        for (const hop of downloads.hops) {
            const step = hop.firstMove?.step.index;
            if (step !== undefined)
                byStep.set(step, [...(byStep.get(step) ?? []), hop]);
        }
        for (const step of plan.steps) {
            for (const hop of byStep.get(step.index) ?? []) {
                this.prepare(hop, step.index === firstStep ? 0 : step.index);
            }
            this.window(step);
        }
        const last = plan.steps[plan.steps.length - 1]?.index ?? 0;
        for (const task of this.input.journey.tasks) {
            this.note('post-upgrade', task.text, {
                window: last,
                phase: 'after',
                step: task.step,
            });
        }
        return this.commands;
    }
    add(stage, note, args, where, details = {}) {
        this.commands.push({
            stage,
            window: where.window,
            phase: where.phase,
            ...(where.hop !== undefined && { hop: where.hop }),
            // Printed as a `# comment` above the command: one line, whatever a value in it holds.
            note: oneLine(note),
            ...details,
            argv: argvOf(args),
            shell: shellOf(args),
        });
    }
    note(stage, note, where, details = {}) {
        const { step, ...rest } = where;
        this.add(stage, note, [], rest, { ...details, ...(step !== undefined && { step }) });
    }
    /** `violet verify` of every folder a package comes from, once, before any window. */
    verify() {
        const files = this.input.downloads.list.flatMap((d) => (d.file !== undefined ? [d.file] : []));
        const folders = [...new Set(files.map(folderOf))].sort(compareText);
        for (const folder of folders) {
            this.add('verify', `check the signatures of the packages in ${folder} before uploading them`, ['violet', 'verify', folder], { window: 0, phase: 'prepare' });
        }
    }
    // --- a hop's preparation ------------------------------------------------------------------
    prepare(hop, window) {
        const where = { window, phase: 'prepare', hop: hop.version.text };
        const { clusters } = this.input;
        const tier = this.tierOf(hop);
        const standbyMoves = clusters.standby !== undefined && tier.includes(clusters.standby);
        const inHop = this.input.downloads.list.filter((d) => d.hop === hop);
        const packages = inHop.filter((d) => d.kind === 'package' && d.file !== undefined);
        const core = inHop.find((d) => d.kind === 'core');
        const standbyDone = new Set();
        const extras = this.extrasOf(hop);
        if (extras.scenario)
            this.scenarioNotes(hop, extras.scenario, where);
        // TopoLVM pre-stage, in the documented form: --target-catalog-source "platform" and the
        // primary's clusters that run it; a standby that runs it gets its own push.
        for (const d of packages.filter((p) => p.prestage)) {
            const move = d.prestage.move;
            const targets = d.clusters.filter((name) => {
                const spec = clusters.byName.get(name);
                return spec && spec.role !== 'standby' && (spec.role === 'global' || hop.moving.has(name));
            });
            const why = `before step ${move.step.index} moves ${move.cluster.name} (${d.prestage.rule.id})`;
            if (targets.length > 0) {
                this.add('before-window', `${d.name}: TopoLVM pre-stage, to the clusters that run it, ${why}`, [...this.pushArgs(d, this.address, true), '--clusters', targets.join(',')], where, { package: d.name });
            }
            if (standbyMoves && d.clusters.includes(clusters.standby.name)) {
                this.add('before-window', `${d.name}: TopoLVM pre-stage to the DR standby ${clusters.standby.name}, which runs it, through its own address and registry, ${why}`, this.standbyPushArgs(d, true), where, { package: d.name, cluster: clusters.standby.name });
                standbyDone.add(d);
            }
        }
        for (const cluster of tier)
            this.coreArtifacts(hop, cluster, core, extras, where);
        // The scenario applications are published with the Core artifacts, never with violet push.
        const pushed = packages.filter((p) => !p.scenario);
        for (const d of pushed.filter((p) => !p.prestage))
            this.push(hop, d, where);
        if (standbyMoves) {
            const standby = clusters.standby;
            for (const d of pushed.filter((p) => !standbyDone.has(p))) {
                this.add('standby', `${labelOf(d)}: the same package to the DR standby ${standby.name}'s registry`, this.standbyPushArgs(d, d.type === 'OperatorBundle'), where, { package: d.name, cluster: standby.name });
            }
        }
    }
    /** The DR standby, then the primary: the global-tier clusters that move in this hop. */
    tierOf(hop) {
        const { clusters } = this.input;
        return [clusters.standby, clusters.global].filter((c) => c !== undefined && hop.moving.has(c.name));
    }
    coreArtifacts(hop, cluster, core, extras, where) {
        const version = hop.version.text;
        const details = { package: `core ${version}`, cluster: cluster.name };
        if (!core?.file) {
            this.note('note', `no Core ${version} package in packages.yaml yet: download it, extract it on ${cluster.name}'s control-plane node, and run its bash upgrade.sh --only-sync-image and bash upgrade.sh --preflight before the window`, where, details);
            return;
        }
        const node = `on ${cluster.name}'s control-plane node`;
        const place = `${node}, in the extracted Core ${version} package (${core.file})`;
        for (const d of extras.staged) {
            this.add('core', `stage ${d.displayName ?? d.name} (${labelOf(d)}, "${extras.scenario.scenario}") into plugins/ of the extracted Core ${version} package (${core.file}) ${node}: published with the Core artifacts, never with violet push (run from that folder; the path is packages.yaml's)`, ['cp', d.file, 'plugins/'], where, { ...details, package: d.name ?? d.displayName });
        }
        if (extras.external) {
            // ProductBase.spec.registry.external: true. "Either order, both must succeed."
            for (const scope of ['all', 'necessary']) {
                this.add('core', `external registry: publish the Core ${version} artifacts${extras.staged.length > 0 ? ' (the staged plugins included)' : ''} from installer/ of the extracted Core ${version} package (${core.file}) ${node}, instead of --only-sync-image (res/upload.sh all and res/upload.sh necessary, in either order; both must succeed)`, ['res/upload.sh', scope], where, details);
            }
        }
        else {
            this.add('core', `sync the Core ${version} images${extras.staged.length > 0 ? ' (the staged plugins included)' : ''} ${place}, any time before the window`, ['bash', 'upgrade.sh', '--only-sync-image'], where, details);
        }
        this.add('core', `preflight ${place}, 1-2 weeks before the window`, ['bash', 'upgrade.sh', '--preflight'], where, details);
        if (extras.gate)
            this.ack(cluster, extras.gate, version, where, details);
    }
    /**
     * The node-readiness gate: the preflight's AdminAckRequired blocks until an administrator writes
     * the ack after checking the nodes; the runbook says so and reruns the preflight, it writes
     * nothing itself.
     */
    ack(cluster, gate, version, where, details) {
        const { rule } = gate;
        const standby = cluster.role === 'standby';
        this.note('note', `node readiness for Kubernetes ${minorOfText(rule.kubernetesAtLeast.text)}: the preflight above reports the AdminAckRequired gate. After checking every production node of ${cluster.name} (Linux kernel ${minorOfText(rule.kernelAtLeast.text)} or later, cgroup ${rule.cgroup}: see platform/node-readiness), an administrator writes ${ackWords(gate)} into the ConfigMap cpaas-system/admin-acks${standby ? ` of the DR standby ${cluster.name}'s own platform` : ''}, before ${cluster.name}'s upgrade request; this runbook writes nothing. Whether one ack covers every cluster is not documented`, where, details);
        this.add('core', `rerun the preflight on ${cluster.name}'s control-plane node after the ack, in the extracted Core ${version} package`, ['bash', 'upgrade.sh', '--preflight'], where, details);
    }
    extrasOf(hop) {
        const known = this.extras.get(hop);
        if (known)
            return known;
        const scenario = scenarioOf(hop, this.input.catalog);
        const staged = this.input.downloads.list.filter((d) => d.kind === 'package' && d.hop === hop && d.scenario !== undefined && d.file !== undefined);
        const extras = {
            staged,
            external: scenario !== undefined && this.input.clusters.externalRegistry === true,
        };
        if (scenario)
            extras.scenario = scenario;
        const gate = nodeGateOf(this.input.catalog, hop, this.input.journey.timeline);
        if (gate)
            extras.gate = { ...gate, moving: new Set(gate.moves) };
        this.extras.set(hop, extras);
        return extras;
    }
    scenarioNotes(hop, scenario, where) {
        const version = hop.version.text;
        this.note('note', `the "${scenario.scenario}" set (${scenario.displayNames.length} Aligned applications, downloaded with violet ${scenario.violetAtLeast} or later: violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") is copied into plugins/ of the extracted Core ${version} package below and published with the Core artifacts; it is never pushed with violet, and if violet list shows one of them, that duplicate is not published with violet either`, where);
        const from = scenario.neverPushFrom.find((v) => minorOfText(v.text) === minorOfText(hop.from.text));
        if (from) {
            this.note('note', `from ${minorOfText(from.text)}: do not use violet push to publish these ${scenario.displayNames.length} packages before upgrading an ACP ${minorOfText(from.text)} environment; pushing them can take the Web Console down`, where);
        }
    }
    /**
     * Cluster plugins and charts once, without --clusters (violet ignores it for them); an operator
     * to the global and every workload that runs it and moves in this hop.
     */
    push(hop, d, where) {
        const { clusters } = this.input;
        const label = labelOf(d);
        const installedNowhere = d.clusters.length === 0 ? ' (installed nowhere yet)' : '';
        if (d.type === 'OperatorBundle') {
            const workloads = d.clusters.filter((c) => clusters.byName.get(c)?.role === 'workload' && hop.moving.has(c));
            const targets = [clusters.global.name, ...workloads];
            const behind = d.clusters.filter((c) => clusters.byName.get(c)?.role === 'workload' && !hop.moving.has(c));
            const skipped = behind.length > 0 ? `; not to ${behind.join(', ')}, which this hop does not upgrade` : '';
            this.add('push', `${label}: operator, to ${targets.join(', ')}${workloads.length > 0 ? ' (the global and the workloads this hop upgrades that run it)' : ''}${installedNowhere}${skipped}`, [...this.pushArgs(d, this.address, true), '--clusters', targets.join(',')], where, { package: d.name });
            return;
        }
        const what = d.type === 'Chart'
            ? 'Helm chart, to public-charts'
            : 'cluster plugin, once for every cluster';
        this.add('push', `${label}: ${what}${installedNowhere}`, this.pushArgs(d, this.address, false), where, {
            package: d.name,
        });
    }
    pushArgs(d, address, platformCatalog) {
        const args = ['violet', 'push', d.file];
        if (platformCatalog)
            args.push('--target-catalog-source', 'platform');
        args.push('--platform-address', address, '--platform-token', TOKEN);
        return args;
    }
    standbyPushArgs(d, platformCatalog) {
        return [
            ...this.pushArgs(d, this.standbyAddress, platformCatalog),
            '--dest-repo',
            this.standbyRegistry,
            '--username',
            env('ACP_STANDBY_REGISTRY_USERNAME'),
            '--password',
            env('ACP_STANDBY_REGISTRY_PASSWORD'),
        ];
    }
    // --- a window -----------------------------------------------------------------------------
    window(step) {
        const where = { window: step.index, phase: 'window' };
        const moves = this.movesByStep.get(step.index) ?? [];
        if (moves.length === 0) {
            if (!step.to && step.kubernetes) {
                const names = step.clusters.map((c) => c.name).join(', ');
                this.note('note', `step ${step.index}: a Kubernetes-only window: upgrade the Kubernetes of ${names} to ${step.kubernetes.version.text} within ${step.clusters.length === 1 ? 'its' : 'their'} current ACP release (no upgrade.sh or ac line is generated for it)`, { ...where, step: step.index });
            }
            return;
        }
        for (const move of moves) {
            if (move.cluster.role === 'workload')
                this.workloadWindow(move, where);
            else
                this.tierWindow(move, where);
        }
    }
    tierWindow(move, where) {
        const hop = this.hopOf(move);
        const version = move.to.text;
        // plan.yaml names exact versions (`to: 4.3` is 4.3.0): what the step says is what is requested.
        const requested = move.to.text;
        const name = move.cluster.name;
        const details = { cluster: name, step: move.step.index };
        const at = { ...where, hop: hop?.version.text ?? version };
        const core = this.input.downloads.list.find((d) => d.kind === 'core' && d.hop === hop);
        const external = hop !== undefined && this.extrasOf(hop).external;
        const synced = !core?.file
            ? `; packages.yaml lists no Core ${version} package, so no sync line was printed: sync its images first`
            : external
                ? ' (its Core artifacts were published with res/upload.sh above)'
                : ' (its images were synced with --only-sync-image above)';
        const standby = move.cluster.role === 'standby';
        const node = standby
            ? `on the DR standby ${name}'s own control-plane node`
            : `on ${name}'s control-plane node`;
        this.add('window', `step ${move.step.index}: ${node}, in the extracted Core ${version} package: start the upgrade, which deploys or updates the cluster version operator${synced}`, ['bash', 'upgrade.sh', '--skip-sync-image'], at, details);
        const request = standby
            ? `step ${move.step.index}: request the DR standby ${name}'s upgrade to ${requested}: run ac on its own control-plane node, logged in to the standby's own platform address (${commands_describe(this.standbyAddress)}), where it is the global cluster`
            : `step ${move.step.index}: request ${name}'s upgrade to ${requested} (or from the Web Console); progress: kubectl get cvsh global -n cpaas-system`;
        this.add('request', request, ['ac', 'adm', 'upgrade', '--cluster=global', `--to=${requested}`], at, details);
    }
    workloadWindow(move, where) {
        const version = move.to.text;
        const requested = move.to.text;
        const name = move.cluster.name;
        const details = { cluster: name, step: move.step.index };
        const at = { ...where, hop: this.hopOf(move)?.version.text ?? version };
        this.add('window', `step ${move.step.index}: preflight ${name} before its upgrade to ${version}, in the extracted Core ${version} package`, ['bash', 'upgrade.sh', `--cluster=${name}`, '--preflight'], at, details);
        const hop = this.hopOf(move);
        const gate = hop ? this.extrasOf(hop).gate : undefined;
        if (gate?.moving.has(move)) {
            this.note('note', `step ${move.step.index}: if the preflight reports the AdminAckRequired gate for node readiness, check ${name}'s production nodes first; for a workload cluster the ack (${ackWords(gate)}) goes into the global-side ConfigMap cpaas-system/admin-acks (whether the ack written for the global tier already covers ${name} is not documented); this runbook writes nothing`, { ...at, step: move.step.index }, { cluster: name });
        }
        this.add('request', `step ${move.step.index}: request ${name}'s upgrade to ${requested}, the global's current version (or from the Web Console); progress: kubectl get cvsh ${name} -n cpaas-system`, ['ac', 'adm', 'upgrade', `--cluster=${name}`, `--to=${requested}`], at, details);
    }
    hopOf(move) {
        return this.hopByMove.get(move);
    }
}
/** `4.1` for 4.1.3. */
function minorOfText(text) {
    return text.split('.').slice(0, 2).join('.');
}
function labelOf(d) {
    return d.version !== undefined ? `${d.name} ${d.version}` : d.name;
}
function commands_describe(arg) {
    return typeof arg === 'string' ? arg : `$${arg.env}`;
}
function folderOf(file) {
    const slash = file.lastIndexOf('/');
    return slash <= 0 ? (slash === 0 ? '/' : '.') : file.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/engine/catalog/builtin.ts
const BUILTIN_CATALOG = {
    "schemaVersion": 1,
    "version": 2,
    "releases": [
        {
            "version": "4.4",
            "kubernetes": {
                "creation": [
                    "1.35"
                ],
                "compatible": [
                    "1.35",
                    "1.34",
                    "1.33",
                    "1.32"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx@1bb15615"
        },
        {
            "version": "4.3",
            "kubernetes": {
                "creation": [
                    "1.34"
                ],
                "compatible": [
                    "1.34",
                    "1.33",
                    "1.32",
                    "1.31"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx"
        },
        {
            "version": "4.2",
            "kubernetes": {
                "creation": [
                    "1.33"
                ],
                "compatible": [
                    "1.33",
                    "1.32",
                    "1.31",
                    "1.30"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx"
        },
        {
            "version": "4.1",
            "kubernetes": {
                "creation": [
                    "1.32"
                ],
                "compatible": [
                    "1.32",
                    "1.31",
                    "1.30",
                    "1.29"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx"
        },
        {
            "version": "4.0",
            "kubernetes": {
                "creation": [
                    "1.31",
                    "1.30",
                    "1.29",
                    "1.28"
                ],
                "compatible": [
                    "1.31",
                    "1.30",
                    "1.29",
                    "1.28"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx"
        },
        {
            "version": "3.18",
            "source": "v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older revisions); pre-upgrade.mdx at its 4.1 revision"
        },
        {
            "version": "3.16",
            "source": "v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx (older revisions)"
        }
    ],
    "edges": [
        {
            "from": "3.16",
            "to": "4.0",
            "fromPatches": [
                "3.16.0",
                "3.16.1",
                "3.16.2"
            ],
            "kubernetes": {
                "atLeast": "1.28"
            },
            "source": "v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx (older revisions)"
        },
        {
            "from": "3.18",
            "to": "4.0",
            "fromPatches": [
                "3.18.0",
                "3.18.1"
            ],
            "kubernetes": {
                "atLeast": "1.28"
            },
            "source": "v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older revisions)"
        },
        {
            "from": "3.18",
            "to": "4.1",
            "kubernetes": {
                "atLeast": "1.30"
            },
            "prerequisites": [
                {
                    "verify": "Istio is on 1.22"
                },
                {
                    "verify": "CostManager/Kubecost is uninstalled",
                    "notInstalled": {
                        "nameContains": [
                            "kubecost",
                            "costmanager"
                        ],
                        "displayNameContains": [
                            "kubecost",
                            "cost manager"
                        ]
                    }
                }
            ],
            "source": "pre-upgrade.mdx at its 4.1 revision"
        },
        {
            "from": "4.0",
            "to": "4.1",
            "kubernetes": {
                "atLeast": "1.31"
            },
            "source": "pre-upgrade.mdx at its 4.1 revisions"
        },
        {
            "from": "4.0",
            "to": "4.2",
            "kubernetes": {
                "atLeast": "1.31"
            },
            "source": "pre-upgrade.mdx at its 4.2 revision"
        },
        {
            "from": "4.1",
            "to": "4.2",
            "kubernetes": {
                "atLeast": "1.32"
            },
            "source": "pre-upgrade.mdx at its 4.2 revision"
        },
        {
            "from": "4.0",
            "to": "4.3",
            "kubernetes": "within-compatible",
            "source": "pre-upgrade.mdx"
        },
        {
            "from": "4.1",
            "to": "4.3",
            "kubernetes": "within-compatible",
            "source": "pre-upgrade.mdx"
        },
        {
            "from": "4.2",
            "to": "4.3",
            "kubernetes": "within-compatible",
            "source": "pre-upgrade.mdx"
        },
        {
            "from": "4.1",
            "to": "4.4",
            "kubernetes": "within-compatible",
            "prerequisites": [
                {
                    "verify": "the 4.4.x target is one the platform offers for the current source patch (after the target ProductManifest is registered it appears in availableUpdates and the VersionUpgradePath preflight check passes; which source patches pair with which 4.4.x is not documented, and neither check may be bypassed)"
                }
            ],
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0 (n-3 direct-upgrade window; same @1bb15615)"
        },
        {
            "from": "4.2",
            "to": "4.4",
            "kubernetes": "within-compatible",
            "prerequisites": [
                {
                    "verify": "the 4.4.x target is one the platform offers for the current source patch (after the target ProductManifest is registered it appears in availableUpdates and the VersionUpgradePath preflight check passes; which source patches pair with which 4.4.x is not documented, and neither check may be bypassed)"
                }
            ],
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0 (n-3 direct-upgrade window; same @1bb15615)"
        },
        {
            "from": "4.3",
            "to": "4.4",
            "kubernetes": "within-compatible",
            "prerequisites": [
                {
                    "verify": "the 4.4.x target is one the platform offers for the current source patch (after the target ProductManifest is registered it appears in availableUpdates and the VersionUpgradePath preflight check passes; which source patches pair with which 4.4.x is not documented, and neither check may be bypassed)"
                }
            ],
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0 (n-3 direct-upgrade window; same @1bb15615)"
        }
    ],
    "packageRules": [
        {
            "id": "topolvm-prestage",
            "rule": "packages/topolvm-prestage",
            "edges": [
                {
                    "from": "4.0",
                    "to": "4.2"
                },
                {
                    "from": "4.1",
                    "to": "4.2"
                },
                {
                    "from": "4.0",
                    "to": "4.3"
                }
            ],
            "application": {
                "nameContains": [
                    "topolvm"
                ],
                "displayNameContains": [
                    "TopoLVM"
                ]
            },
            "source": "pre-upgrade.mdx, current and 4.2 revision"
        },
        {
            "id": "log-essentials",
            "rule": "packages/log-essentials",
            "globalAtLeast": "4.2",
            "whenInstalled": {
                "displayNameContains": [
                    "Log Storage"
                ]
            },
            "package": {
                "nameContains": [
                    "log essentials"
                ],
                "displayNameContains": [
                    "log essentials"
                ]
            },
            "source": "pre-upgrade.mdx (current); install/global_dr.mdx; observability/log/intro.mdx"
        },
        {
            "id": "mysql-pxc-4.3",
            "rule": "packages/mysql-pxc",
            "globalInto": "4.3",
            "application": {
                "nameContains": [
                    "mysql"
                ],
                "displayNameContains": [
                    "mysql"
                ]
            },
            "source": "upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx (release-4.3 @6468e58f)"
        },
        {
            "id": "l5-plugins-4.3",
            "rule": "platform/post-upgrade",
            "release": "4.3",
            "after": "global",
            "whenInstalled": {
                "displayNameContains": [
                    "Alauda DevOps v3",
                    "Alauda AI Essentials",
                    "Alauda Hyperflux",
                    "Alauda Container Platform Data Services Essentials"
                ]
            },
            "task": "upgrade the L5 plugins {installed} to 4.3-compatible versions; otherwise their UI pages may fail to open",
            "source": "upgrade_global_cluster.mdx (release-4.3 @6468e58f)"
        },
        {
            "id": "pkce-4.3",
            "rule": "platform/post-upgrade",
            "release": "4.3",
            "after": "all-workloads",
            "task": "complete PKCE hardening (\"Disabling the PKCE Plain Method\")",
            "source": "upgrade_global_cluster.mdx (release-4.3 @6468e58f)"
        },
        {
            "id": "l5-plugins-4.4",
            "rule": "platform/post-upgrade",
            "release": "4.4",
            "after": "global",
            "sourceBelow": "4.3",
            "whenInstalled": {
                "displayNameContains": [
                    "Alauda DevOps v3",
                    "Alauda AI Essentials",
                    "Alauda Hyperflux",
                    "Alauda Container Platform Data Services Essentials"
                ]
            },
            "task": "upgrade the L5 plugins {installed}; otherwise their UI pages may fail to open",
            "source": "docs/en/upgrade/upgrade_global_cluster.mdx@1bb15615"
        },
        {
            "id": "pkce-4.4",
            "rule": "platform/post-upgrade",
            "release": "4.4",
            "after": "all-workloads",
            "sourceBelow": "4.3",
            "task": "complete PKCE hardening, if not done yet (\"Disabling the PKCE Plain Method\")",
            "source": "docs/en/upgrade/overview.mdx@1bb15615"
        },
        {
            "id": "acp-upgrade-to-v4.4",
            "rule": "packages/missing",
            "scenario": "ACP Upgrade to v4.4",
            "release": "4.4",
            "violetAtLeast": "4.2.13",
            "displayNames": [
                "Alauda Container Platform Web Console",
                "Alauda Container Platform Web Console Central",
                "Alauda Container Platform Marketplace Web Console",
                "Alauda Container Platform Helm Application Catalog",
                "Alauda Container Platform Observability Essentials",
                "Alauda Container Platform Essentials",
                "Alauda Container Platform Cluster Essentials",
                "Alauda Container Platform GatewayAPI Plugin",
                "Alauda Container Platform Monitoring for Prometheus",
                "Alauda Language Pack for Chinese",
                "Alauda Container Platform Networking for Calico"
            ],
            "neverPushFrom": [
                "4.1"
            ],
            "agnosticOptional": true,
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0; docs/en/upgrade/upgrade_global_cluster.mdx@4eaaa1e0"
        },
        {
            "id": "kubernetes-1.35-node-readiness",
            "rule": "platform/node-readiness",
            "kubernetesAtLeast": "1.35",
            "kernelAtLeast": "5.8",
            "cgroup": "v2",
            "ackKeys": [
                {
                    "release": "4.4",
                    "key": "ack-4.4-kubernetes-1.35-kernel-update"
                }
            ],
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0; docs/en/upgrade/upgrade_global_cluster.mdx@1bb15615; docs/en/upgrade/troubleshooting.mdx@608ade47; docs/en/ui/cli_tools/ac/upgrading-clusters.md@1bb15615"
        }
    ],
    "platform": {
        "minioMinFreeGB": 120,
        "source": "ACP upgrade guides, global cluster disk requirement"
    }
};

;// CONCATENATED MODULE: ./src/engine/inventory/load.ts
// Turns parsed inventory files into the model: schema first (validate.ts), then what a schema
// cannot say: versions read from their source text, roles, duplicates, names another file uses.










const PackagesFileOutline = PackagesFile.extend({ packages: array(unknown()) });
/** Unknown names that get a "did you mean" hint, per file. */
const MAX_HINTED = 200;
const load_UNSAFE = new RegExp(UNSAFE_CHARACTER);
/** Reads values out of one parsed file, collecting findings as it goes. */
class Reader {
    parsed;
    findings = [];
    constructor(parsed) {
        this.parsed = parsed;
    }
    node(path) {
        return nodeAt(this.parsed.root, path).node;
    }
    loc(path) {
        return { file: this.parsed.file, offset: this.node(path).start };
    }
    keyLoc(path) {
        const { node, keyStart } = nodeAt(this.parsed.root, path);
        return { file: this.parsed.file, offset: keyStart ?? node.start };
    }
    report(rule, message, at, details = {}) {
        this.findings.push(finding(rule, message, at.file, at.offset, details));
    }
    /** A version from the scalar's source text, so `1.30` stays 1.30. */
    version(path, what) {
        const node = this.node(path);
        const version = scalarVersion(node);
        if (!version) {
            this.report('input/schema', `${what} "${scalarText(node)}" is not a version; write MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 4.3.0 or "1.31"`, this.loc(path));
        }
        return version ?? undefined;
    }
    /**
     * The text as written of a value the engine uses as it is (a package's version, an installed
     * version, a kernel release): the text that reaches the report and the runbook is the one
     * checked to be one line (the schemas check the parsed value; this is the text actually used).
     */
    oneLine(text, what, at) {
        if (!load_UNSAFE.test(text))
            return true;
        this.report('input/schema', `${what} must not contain control characters, line breaks or direction overrides`, at);
        return false;
    }
    /** A Distribution Version the catalog must know. */
    release(path, what, catalog) {
        const version = this.version(path, what);
        if (version && !catalog.release(version)) {
            const known = [...catalog.releases.keys()].join(', ');
            this.report('input/unknown-version', `${what} ${version.text} is not a release the catalog knows (${known}); fix the version, or describe the release in catalog.yaml`, this.loc(path));
            return undefined;
        }
        return version;
    }
    hints = new Map();
    clusterNames;
    /**
     * "Did you mean" for an unknown cluster name. Each comparison costs an edit distance against
     * every cluster, so a file naming thousands of unknown clusters gets hints for the first
     * MAX_HINTED names only, and each name is compared once.
     */
    clusterHint(name, clusters) {
        if (this.hints.has(name))
            return this.hints.get(name);
        if (this.hints.size >= MAX_HINTED)
            return undefined;
        this.clusterNames ??= [...clusters.byName.keys()];
        const hint = suggest(name, this.clusterNames);
        this.hints.set(name, hint);
        return hint;
    }
    empty(what) {
        this.report('input/schema', `${this.parsed.file.path} is empty; it must hold ${what}`, {
            file: this.parsed.file,
            offset: 0,
        });
        return { value: undefined, findings: this.findings };
    }
}
// --- clusters.yaml ----------------------------------------------------------------------------
function loadClusters(parsed, catalog) {
    const r = new Reader(parsed);
    if (!parsed.root)
        return r.empty('a "clusters:" list');
    const { value, findings } = validate(ClustersFile, parsed, parsed.root);
    if (!value)
        return { value: undefined, findings };
    const list = [];
    const byName = new Map();
    value.clusters.forEach((input, i) => {
        const path = ['clusters', i];
        const at = r.loc([...path, 'name']);
        const version = r.release([...path, 'version'], `${input.name}'s version`, catalog);
        const kubernetes = r.version([...path, 'kubernetes'], `${input.name}'s kubernetes`);
        if (byName.has(input.name)) {
            const first = byName.get(input.name);
            r.report('input/duplicate', `the cluster "${input.name}" is listed twice (first on line ${first.at.file.position(first.at.offset).line}); keep one entry`, at, { cluster: input.name });
            return;
        }
        if (input.platformAddress)
            checkAddress(r, input.platformAddress, [...path, 'platformAddress']);
        if (!version || !kubernetes)
            return;
        const cluster = {
            name: input.name,
            role: input.role ?? (input.name === 'global' ? 'global' : 'workload'),
            version,
            kubernetes,
            infrastructure: input.infrastructure ?? 'traditional',
            index: i,
            at,
            versionAt: r.loc([...path, 'version']),
            kubernetesAt: r.loc([...path, 'kubernetes']),
        };
        if (input.minioFreeGB !== undefined) {
            cluster.minioFreeGB = input.minioFreeGB;
            cluster.minioAt = r.loc([...path, 'minioFreeGB']);
        }
        if (input.platformAddress)
            cluster.platformAddress = input.platformAddress;
        if (input.registry)
            cluster.registry = input.registry;
        if (input.nodes)
            cluster.nodes = loadNodes(r, input.nodes, [...path, 'nodes']);
        list.push(cluster);
        byName.set(cluster.name, cluster);
    });
    if (value.platformAddress)
        checkAddress(r, value.platformAddress, ['platformAddress']);
    const globals = list.filter((c) => c.role === 'global');
    const standbys = list.filter((c) => c.role === 'standby');
    for (const [extra, what] of [
        [globals.slice(1), 'global'],
        [standbys.slice(1), 'standby'],
    ]) {
        for (const cluster of extra) {
            r.report('input/duplicate', `"${cluster.name}" is a second ${what} cluster; a platform has exactly one global${what === 'standby' ? ' and at most one DR standby' : ''}`, cluster.at, { cluster: cluster.name });
        }
    }
    const global = globals[0];
    if (!global) {
        r.report('input/schema', 'no cluster has role global; mark the global cluster with "role: global" (or name it "global")', r.keyLoc(['clusters']));
    }
    append(findings, r.findings);
    if (!global || findings.some((f) => f.severity === 'error'))
        return { value: undefined, findings };
    const clusters = { list, byName, global };
    if (standbys[0])
        clusters.standby = standbys[0];
    if (value.platformAddress)
        clusters.platformAddress = value.platformAddress;
    if (value.externalRegistry !== undefined)
        clusters.externalRegistry = value.externalRegistry;
    return { value: clusters, findings };
}
/** A cluster's nodes: the kernel read from its source text, its MAJOR.MINOR required. */
function loadNodes(r, nodes, path) {
    const out = [];
    nodes.forEach((node, i) => {
        const at = [...path, i];
        const kernelNode = r.node([...at, 'kernel']);
        const kernel = kernelNode.kind === 'scalar' ? kernelNode.source : String(node.kernel);
        if (!r.oneLine(kernel, `node ${node.name}'s kernel`, r.loc([...at, 'kernel'])))
            return;
        const release = /^(\d+)\.(\d+)(?![\d])/.exec(kernel);
        const kernelVersion = release ? parseVersion(`${release[1]}.${release[2]}`) : null;
        if (!kernelVersion) {
            r.report('input/schema', `node ${node.name}'s kernel "${kernel}" is not a kernel release; write what \`uname -r\` prints on the node, e.g. 5.14.0-427.13.1.el9_4.x86_64`, r.loc([...at, 'kernel']));
            return;
        }
        out.push({
            name: node.name,
            kernel,
            kernelVersion,
            cgroup: node.cgroup,
            at: r.loc([...at, 'name']),
            kernelAt: r.loc([...at, 'kernel']),
            cgroupAt: r.loc([...at, 'cgroup']),
        });
    });
    return out;
}
/** violet takes IPv4 literals only. */
function checkAddress(r, address, path) {
    if (/^(https?:\/\/)?\[/.test(address)) {
        r.report('input/schema', `"${address}" is an IPv6 literal; violet does not support IPv6 platform addresses, use a host name or IPv4 address`, r.loc(path));
    }
}
// --- plan.yaml --------------------------------------------------------------------------------
function loadPlan(parsed, catalog, clusters) {
    const r = new Reader(parsed);
    if (!parsed.root)
        return r.empty('"target:" and "steps:"');
    const { value, findings } = validate(PlanFile, parsed, parsed.root);
    if (!value)
        return { value: undefined, findings };
    const target = exact(r.release(['target'], 'the target', catalog));
    const steps = [];
    value.steps.forEach((input, i) => {
        const path = ['steps', i];
        const at = r.loc(path);
        const index = i + 1;
        if ((input.cluster === undefined) === (input.clusters === undefined)) {
            r.report('input/schema', `step ${index} must name its cluster with either "cluster: NAME" or "clusters: [A, B]"`, at, { step: index });
            return;
        }
        if (input.to === undefined && input.kubernetes === undefined) {
            r.report('input/schema', `step ${index} says neither "to" (a Distribution Version) nor "kubernetes" (a Kubernetes-only step)`, at, { step: index });
            return;
        }
        const names = input.cluster !== undefined
            ? [{ name: input.cluster, at: r.loc([...path, 'cluster']) }]
            : input.clusters.map((name, j) => ({ name, at: r.loc([...path, 'clusters', j]) }));
        const seen = new Set();
        const stepClusters = [];
        for (const entry of names) {
            if (seen.has(entry.name)) {
                r.report('input/duplicate', `step ${index} names "${entry.name}" twice`, entry.at, {
                    cluster: entry.name,
                    step: index,
                });
                continue;
            }
            seen.add(entry.name);
            if (clusters && !clusters.byName.has(entry.name)) {
                reportUnknownCluster(r, entry.name, entry.at, clusters, { step: index });
                continue;
            }
            stepClusters.push(entry);
        }
        const step = { index, clusters: stepClusters, at };
        if (input.to !== undefined) {
            const version = exact(r.release([...path, 'to'], `step ${index}'s "to"`, catalog));
            if (!version)
                return;
            step.to = { version, at: r.loc([...path, 'to']) };
        }
        if (input.kubernetes !== undefined) {
            const version = r.version([...path, 'kubernetes'], `step ${index}'s "kubernetes"`);
            if (!version)
                return;
            step.kubernetes = { version, at: r.loc([...path, 'kubernetes']) };
        }
        steps.push(step);
    });
    const waivers = [];
    value.waivers?.forEach((input, i) => {
        const path = ['waivers', i];
        if (!isRuleId(input.rule)) {
            const hint = suggest(input.rule, RULES.map((r) => r.id));
            r.report('input/schema', `waiver ${i + 1} names the rule "${input.rule}", which does not exist${hint ? `; did you mean "${hint}"?` : ''}`, r.loc([...path, 'rule']));
            return;
        }
        // `expires: 2027-01-31` is text to YAML's core schema; a number or a version is not a date.
        const expiresNode = r.node([...path, 'expires']);
        const expires = expiresNode.kind === 'scalar' ? expiresNode.source : '';
        if (!isIsoDate(expires)) {
            r.report('input/schema', `waiver ${i + 1} expires "${expires}"; write the date as YYYY-MM-DD`, r.loc([...path, 'expires']));
            return;
        }
        const waiver = {
            rule: input.rule,
            reason: input.reason,
            owner: input.owner,
            expires,
            at: r.loc(path),
        };
        if (input.cluster !== undefined)
            waiver.cluster = input.cluster;
        if (input.package !== undefined)
            waiver.package = input.package;
        waivers.push(waiver);
    });
    append(findings, r.findings);
    if (!target || findings.some((f) => f.severity === 'error'))
        return { value: undefined, findings };
    return { value: { target, targetAt: r.loc(['target']), steps, waivers }, findings };
}
/** The Distribution Version a step or the plan goes to is an exact version. */
function exact(version) {
    return version && exactVersion(version);
}
function isIsoDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
function reportUnknownCluster(r, name, at, clusters, details = {}) {
    const hint = r.clusterHint(name, clusters);
    r.report('input/unknown-cluster', `"${name}" is not a cluster in clusters.yaml${hint ? `; did you mean "${hint}"?` : '; add it there or fix the name'}`, at, { cluster: name, ...details });
}
// --- apps.yaml --------------------------------------------------------------------------------
function loadApps(parsed, clusters) {
    const r = new Reader(parsed);
    if (!parsed.root)
        return r.empty('"applications:" as `violet list` writes it');
    const { value, findings } = validate(AppsFile, parsed, parsed.root);
    if (!value)
        return { value: undefined, findings };
    const list = [];
    const byName = new Map();
    const appsNode = r.node(['applications']);
    const entries = appsNode.kind === 'map' ? appsNode.entries : [];
    for (const entry of entries) {
        const input = value.applications?.[entry.key];
        if (!input)
            continue;
        const appNode = entry.value;
        const installedNode = nodeAt(appNode, ['installed']).node;
        const installed = (input.installed ?? []).map((item, j) => {
            const itemNode = installedNode.kind === 'seq' ? installedNode.items[j] : appNode;
            const versionNode = load_valueOf(itemNode, 'version');
            const clusterNode = load_valueOf(itemNode, 'clusterName');
            const version = versionNode?.kind === 'scalar' ? versionNode.source : String(item.version);
            const at = { file: parsed.file, offset: (clusterNode ?? itemNode).start };
            r.oneLine(version, `${entry.key}'s installed version`, {
                file: parsed.file,
                offset: (versionNode ?? itemNode).start,
            });
            return { cluster: item.clusterName, version, at };
        });
        const app = {
            name: entry.key,
            type: input.type,
            installed,
            at: { file: parsed.file, offset: entry.keyStart },
        };
        if (input.displayName !== undefined)
            app.displayName = input.displayName;
        if (clusters) {
            for (const item of installed) {
                if (!clusters.byName.has(item.cluster))
                    reportUnknownCluster(r, item.cluster, item.at, clusters);
            }
        }
        list.push(app);
        byName.set(app.name, app);
    }
    append(findings, r.findings);
    return { value: { list, byName }, findings };
}
/** A mapping's value for `key` (no path array: this runs once per installation). */
function load_valueOf(node, key) {
    if (node.kind !== 'map')
        return undefined;
    for (const entry of node.entries)
        if (entry.key === key)
            return entry.value;
    return undefined;
}
// --- packages.yaml ----------------------------------------------------------------------------
function loadPackages(parsed) {
    const r = new Reader(parsed);
    const root = parsed.root;
    if (!root)
        return { value: [], findings: [] };
    // The file's outline first; each entry is then checked against the Core or the application
    // package schema, chosen by its "core" key, so that messages speak of the right one.
    const top = validate(PackagesFileOutline, parsed, root);
    if (!top.value)
        return { value: undefined, findings: top.findings };
    const listNode = nodeAt(root, ['packages']).node;
    const items = listNode.kind === 'seq' ? listNode.items : [];
    const list = [];
    const findings = [...top.findings];
    const seen = new Map();
    items.forEach((item, i) => {
        const path = ['packages', i];
        const isCore = item.kind === 'map' && item.entries.some((e) => e.key === 'core');
        const schema = isCore ? CorePackage : ApplicationPackage;
        const checked = validate(schema, r.parsed, item, path);
        append(findings, checked.findings);
        if (!checked.value)
            return;
        const at = r.loc(path);
        if ('core' in checked.value) {
            const version = r.version([...path, 'core'], 'the Core package version');
            if (!version)
                return;
            const key = `core ${version.text}`;
            if (duplicate(r, seen, key, `the Core package ${version.text}`, at))
                return;
            const spec = { kind: 'core', version, file: checked.value.file, at };
            if (checked.value.sha256)
                spec.sha256 = checked.value.sha256;
            list.push(spec);
            return;
        }
        const input = checked.value;
        const acpVersions = input.acpVersions?.map((_, j) => r.version([...path, 'acpVersions', j], `${input.name}'s acpVersions entry`));
        if (acpVersions?.some((v) => v === undefined))
            return;
        const versionNode = r.node([...path, 'version']);
        const versionText = versionNode.kind === 'scalar' ? versionNode.source : String(input.version);
        if (!r.oneLine(versionText, `${input.name}'s version`, r.loc([...path, 'version'])))
            return;
        // One application may have several packages (one per hop of a multi-hop journey); the same
        // name and version twice is a mistake.
        const key = `package ${input.name}@${versionText.replace(/^v/, '')}`;
        const what = `the package "${input.name}" ${versionText}`;
        if (duplicate(r, seen, key, what, at, input.name))
            return;
        const spec = {
            kind: 'package',
            name: input.name,
            type: input.type,
            version: versionText,
            file: input.file,
            at,
            versionAt: r.loc([...path, 'version']),
            typeAt: r.loc([...path, 'type']),
        };
        if (input.displayName !== undefined)
            spec.displayName = input.displayName;
        if (input.lifecycle)
            spec.lifecycle = input.lifecycle;
        if (acpVersions) {
            spec.acpVersions = acpVersions;
            spec.acpVersionsAt = r.loc([...path, 'acpVersions']);
        }
        if (input.sha256)
            spec.sha256 = input.sha256;
        list.push(spec);
    });
    append(findings, r.findings);
    return { value: findings.some((f) => f.severity === 'error') ? undefined : list, findings };
}
function duplicate(r, seen, key, what, at, pkg) {
    const first = seen.get(key);
    if (!first) {
        seen.set(key, at);
        return false;
    }
    r.report('input/duplicate', `${what} is listed twice (first on line ${first.file.position(first.offset).line}); keep one entry`, at, pkg ? { package: pkg } : {});
    return true;
}

;// CONCATENATED MODULE: ./src/engine/inventory/text.ts
// An inventory file as an adapter hands it to the engine, and its text: missing, too large, refused
// (a link out of the repository) or not UTF-8 are findings, never exceptions.


/** The file's text, or undefined with a finding when it is missing, too large or not UTF-8. */
function readText(input, required, findings) {
    if ('missing' in input) {
        if (required) {
            findings.push(findingAt('input/missing-file', `${input.path} does not exist; ${MISSING_HINT.get(baseName(input.path)) ?? 'create it'}`, input.path, 1, 1));
        }
        return undefined;
    }
    if ('refused' in input) {
        findings.push(findingAt('input/schema', `${input.path} was not read: ${input.refused}; commit the file itself`, input.path, 1, 1));
        return undefined;
    }
    if ('size' in input || ('bytes' in input && input.bytes.length > MAX_FILE_BYTES)) {
        const size = 'size' in input ? input.size : input.bytes.length;
        findings.push(findingAt('input/yaml-syntax', tooLargeMessage(input.path, size, 'it was not read; split it or remove what the check does not need'), input.path, 1, 1));
        return undefined;
    }
    if ('text' in input)
        return input.text;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
    }
    catch {
        const { line, column } = firstInvalidUtf8(input.bytes);
        findings.push(findingAt('input/yaml-syntax', `${input.path} is not UTF-8 text (invalid byte on line ${line}); save it as UTF-8`, input.path, line, column));
        return undefined;
    }
}
const MISSING_HINT = new Map([
    ['apps.yaml', 'export it with `violet list --output-file apps.yaml` against the platform'],
    ['clusters.yaml', 'list every cluster with its version and Kubernetes there'],
    [
        'plan.yaml',
        'write the target and steps there, or start from `acp-upgrade-check suggest --target VERSION`',
    ],
]);
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/**
 * Where the first byte that is not UTF-8 sits, for the finding: the well-formed sequences of
 * Unicode's table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF). The column
 * counts UTF-16 code units, as the columns of all other findings do.
 */
function firstInvalidUtf8(bytes) {
    let line = 1;
    let column = 1;
    let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = utf8SequenceLength(bytes, i);
        if (length === 0)
            return { line, column };
        if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
            line++;
            column = 1;
        }
        else if (b !== 0x0d) {
            column += length === 4 ? 2 : 1;
        }
        i += length;
    }
    return { line, column };
}
/** The length of the well-formed UTF-8 sequence at `i`, or 0 when there is none. */
function utf8SequenceLength(bytes, i) {
    const b = bytes[i];
    if (b < 0x80)
        return 1;
    const inRange = (k, lo = 0x80, hi = 0xbf) => {
        const c = bytes[i + k];
        return c !== undefined && c >= lo && c <= hi;
    };
    if (b >= 0xc2 && b <= 0xdf)
        return inRange(1) ? 2 : 0;
    if (b >= 0xe0 && b <= 0xef) {
        const second = b === 0xe0 ? inRange(1, 0xa0) : b === 0xed ? inRange(1, 0x80, 0x9f) : inRange(1);
        return second && inRange(2) ? 3 : 0;
    }
    if (b >= 0xf0 && b <= 0xf4) {
        const second = b === 0xf0 ? inRange(1, 0x90) : b === 0xf4 ? inRange(1, 0x80, 0x8f) : inRange(1);
        return second && inRange(2) && inRange(3) ? 4 : 0;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/engine/load.ts
// The pipeline's first stage: every inventory file read, parsed and loaded against the catalog it
// builds first (the built-in one and catalog.yaml). A file that does not load leaves its part
// undefined, with findings that say why; nothing here throws for input.






function loadInventory(files, catalogOverrides) {
    const findings = [];
    const read = (input, required) => {
        if (!input)
            return undefined;
        const text = readText(input, required, findings);
        if (text === undefined)
            return undefined;
        const { parsed, findings: problems } = parseYaml(input.path, text);
        append(findings, problems);
        return parsed ?? undefined;
    };
    const built = buildCatalog(BUILTIN_CATALOG, read(files.catalog, false), catalogOverrides);
    append(findings, built.findings);
    const { catalog } = built;
    const inventory = { findings, catalog, catalogChanges: built.changes };
    const clustersFile = read(files.clusters, true);
    const appsFile = read(files.apps, true);
    const planFile = read(files.plan, true);
    const packagesFile = read(files.packages, false);
    const take = (loaded) => {
        append(findings, loaded.findings);
        return loaded.value;
    };
    if (clustersFile)
        inventory.clusters = take(loadClusters(clustersFile, catalog));
    if (appsFile)
        inventory.apps = take(loadApps(appsFile, inventory.clusters));
    if (planFile)
        inventory.plan = take(loadPlan(planFile, catalog, inventory.clusters));
    // No packages.yaml means nothing is downloaded yet; one that does not load leaves it unknown.
    if (packagesFile)
        inventory.packages = take(loadPackages(packagesFile));
    else if (!files.packages || 'missing' in files.packages)
        inventory.packages = [];
    return inventory;
}

;// CONCATENATED MODULE: ./src/version.ts
// The tool's version, as in package.json (a test keeps the two equal).
const version_VERSION = '1.0.0';
/**
 * Where the project is published: the rule reference and the SARIF help links fall back to this
 * repository when the action cannot tell which repository and ref it runs from.
 */
const REPOSITORY_URL = 'https://github.com/acp-upgrade-check/acp-upgrade-check';
/** The tool as the report names it (SPEC §4: the report names the tool's version). */
const TOOL = { name: 'acp-upgrade-check', version: version_VERSION };

;// CONCATENATED MODULE: ./src/engine/report.ts



/**
 * Waivers (SPEC §1): accept matching findings of waivable rules; a waiver of a rule that cannot
 * be waived is an error and applies to nothing; expired or unmatched waivers become notices.
 */
function applyWaivers(findings, waivers, today) {
    const notices = [];
    const listed = [];
    for (const waiver of waivers) {
        const where = waiver.at;
        const label = `the waiver for ${waiver.rule}${waiver.cluster ? ` on ${waiver.cluster}` : ''}${waiver.package ? ` for ${waiver.package}` : ''}`;
        const { line, column } = where.file.position(where.offset);
        const entry = {
            rule: waiver.rule,
            ...(waiver.cluster !== undefined && { cluster: waiver.cluster }),
            ...(waiver.package !== undefined && { package: waiver.package }),
            reason: waiver.reason,
            owner: waiver.owner,
            expires: waiver.expires,
            status: 'applied',
            matched: 0,
            file: where.file.path,
            line,
            column,
        };
        listed.push(entry);
        if (!isWaivable(waiver.rule)) {
            entry.status = 'not-waivable';
            notices.push(finding('waiver/not-waivable', `${label} does not apply: ${waiver.rule} cannot be waived (it describes ${notWaivableWhy(waiver.rule)}); fix the plan or the inventory instead, and remove the waiver`, where.file, where.offset));
            continue;
        }
        if (waiver.expires < today) {
            entry.status = 'expired';
            notices.push(finding('waiver/expired', `${label} expired on ${waiver.expires} and no longer applies; renew it with a new date or fix the finding`, where.file, where.offset));
            continue;
        }
        for (const f of findings) {
            if (f.rule !== waiver.rule)
                continue;
            if (waiver.cluster !== undefined && f.cluster !== waiver.cluster)
                continue;
            if (waiver.package !== undefined && f.package !== waiver.package)
                continue;
            f.waived = true;
            f.waiver = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires };
            entry.matched++;
        }
        if (entry.matched === 0) {
            entry.status = 'unmatched';
            notices.push(finding('waiver/unmatched', `${label} matches no finding; remove it (the risk it accepted is gone)`, where.file, where.offset));
        }
    }
    return { findings: [...findings, ...notices], waivers: listed };
}
function notWaivableWhy(rule) {
    if (rule.startsWith('input/'))
        return 'a problem in the inventory files themselves';
    if (rule.startsWith('state/'))
        return 'a starting state no upgrade procedure leads to';
    if (rule.startsWith('drift/'))
        return 'a difference between the inventory and the platform';
    if (rule.startsWith('waiver/'))
        return 'the waivers themselves';
    if (rule === 'catalog/override')
        return 'a change to the facts the plan is judged by, which the workflow decides (catalog-overrides)';
    return 'something ACP cannot do';
}
function summarize(findings) {
    const summary = { errors: 0, warnings: 0, notices: 0, waived: 0 };
    for (const f of findings) {
        if (f.waived)
            summary.waived++;
        else if (f.severity === 'error')
            summary.errors++;
        else if (f.severity === 'warning')
            summary.warnings++;
        else
            summary.notices++;
    }
    return summary;
}
function verdictOf(summary, failOn) {
    if (failOn === 'never')
        return 'pass';
    if (summary.errors > 0)
        return 'fail';
    return failOn === 'warning' && summary.warnings > 0 ? 'fail' : 'pass';
}
/** Findings in report order; the same input gives the same bytes. */
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Errors first, then warnings, then notices; within each, report order. For renderers. */
function bySeverity(findings) {
    return [...findings].sort((a, b) => Number(a.waived ?? false) - Number(b.waived ?? false) ||
        severityRank(a.severity) - severityRank(b.severity) ||
        compareFindings(a, b));
}
function downloadReport(download) {
    if (download.kind === 'core') {
        const out = {
            kind: 'core',
            hop: download.hop.version.text,
            version: download.version,
            status: download.status,
        };
        if (download.file !== undefined)
            out.file = download.file;
        return out;
    }
    return {
        kind: 'package',
        hop: download.hop.version.text,
        ...(download.name !== undefined && { name: download.name }),
        ...(download.displayName !== undefined && { displayName: download.displayName }),
        ...(download.type !== undefined && { type: download.type }),
        ...(download.lifecycle !== undefined && { lifecycle: download.lifecycle }),
        ...(download.version !== undefined && { version: download.version }),
        clusters: download.clusters,
        installedVersions: download.installedVersions,
        status: download.status,
        reasons: download.reasons,
        ...(download.file !== undefined && { file: download.file }),
    };
}
/** The report both modes write: summary, verdict and catalog from the findings and inventory. */
function buildReport(inventory, options, parts) {
    const findings = sortFindings(parts.findings);
    const summary = summarize(findings);
    const failOn = options.failOn ?? 'error';
    return {
        schemaVersion: 1,
        tool: { ...TOOL },
        mode: parts.mode,
        inventory: options.inventory,
        verdict: verdictOf(summary, failOn),
        failOn,
        target: parts.target,
        catalog: catalogReport(inventory),
        summary,
        findings,
        waivers: parts.waivers,
        timeline: parts.timeline,
        downloads: parts.downloads,
        commands: parts.commands,
        ...(parts.drift !== undefined && { drift: parts.drift }),
    };
}
/** The catalog the plan was judged by: the built-in version, and what catalog.yaml changed. */
function catalogReport(inventory) {
    const { added, overrides } = inventory.catalogChanges;
    return {
        version: inventory.catalog.version,
        changed: added.length > 0 || overrides.length > 0,
        added,
        overrides: overrides.map((o) => {
            const { line, column } = o.at.file.position(o.at.offset);
            return {
                entry: o.entry,
                builtin: o.builtin,
                user: o.user,
                file: o.at.file.path,
                line,
                column,
            };
        }),
    };
}

;// CONCATENATED MODULE: ./src/engine/state.ts
class PlatformState {
    catalog;
    clusters;
    plan;
    states = new Map();
    constructor(catalog, clusters, plan) {
        this.catalog = catalog;
        this.clusters = clusters;
        this.plan = plan;
        for (const spec of clusters.list) {
            this.states.set(spec.name, {
                name: spec.name,
                role: spec.role,
                spec,
                version: spec.version,
                kubernetes: spec.kubernetes,
            });
        }
    }
    get(name) {
        const state = this.states.get(name);
        if (!state)
            throw new Error(`no state for cluster ${name}`);
        return state;
    }
    get global() {
        return this.get(this.clusters.global.name);
    }
    get standby() {
        return this.clusters.standby ? this.get(this.clusters.standby.name) : undefined;
    }
    /** Primary first, then the standby: the clusters a workload must wait for. */
    get globalTier() {
        const standby = this.standby;
        return standby ? [this.global, standby] : [this.global];
    }
    all() {
        return [...this.states.values()];
    }
    workloads() {
        return this.all().filter((s) => s.role === 'workload');
    }
    set(name, version, kubernetes) {
        const state = this.get(name);
        state.version = version;
        state.kubernetes = kubernetes;
    }
}

;// CONCATENATED MODULE: ./src/engine/simulate.ts





/** The journey, with the findings of its checks in `run`. */
function simulate(input, run = new RuleRun()) {
    const inventory = input;
    const platform = new PlatformState(input.catalog, input.clusters, input.plan);
    const initialGlobal = platform.global.version;
    run.run('state', { ...inventory, platform });
    const timeline = [];
    const moves = [];
    for (const step of input.plan.steps) {
        const updates = [];
        for (const entry of step.clusters) {
            const cluster = platform.get(entry.name);
            const event = stepEvent(inventory, { platform, step, cluster, at: entry.at });
            run.run('step', event);
            if (event.move)
                moves.push(event.move);
            const after = {
                version: event.move?.to ?? cluster.version,
                kubernetes: event.kubernetes.down ? cluster.kubernetes : event.kubernetes.to,
            };
            updates.push({ name: entry.name, ...after });
            timeline.push({
                step: step.index,
                cluster: entry.name,
                role: cluster.role,
                from: { version: cluster.version.text, kubernetes: cluster.kubernetes.text },
                to: { version: after.version.text, kubernetes: after.kubernetes.text },
            });
        }
        for (const update of updates)
            platform.set(update.name, update.version, update.kubernetes);
    }
    const hops = hopsOf(moves, input.clusters, input.plan);
    const tasks = postUpgradeTasks(input.catalog, input.apps, input.clusters, hops);
    const journey = { timeline, moves, hops, platform, initialGlobal, tasks };
    run.run('plan', { ...inventory, journey });
    for (const hop of hops)
        run.run('hop', { ...inventory, journey, hop });
    return journey;
}
/** What a step does to one cluster: its Distribution Version move and its Kubernetes. */
function stepEvent(inventory, ctx) {
    const { step, cluster } = ctx;
    let move;
    let versionDown = false;
    if (step.to && !alreadyOn(cluster.version, step.to.version)) {
        const to = step.to.version;
        if (compareVersions(to, cluster.version) < 0) {
            versionDown = true;
        }
        else {
            const edge = compareMinor(cluster.version, to) === 0 ? undefined : edgeOf(inventory.catalog, ctx, to);
            move = { ...ctx, from: cluster.version, to, edge };
        }
    }
    const version = move?.to ?? cluster.version;
    const kubernetes = nextKubernetes(ctx, version);
    const down = compareVersions(kubernetes, cluster.kubernetes) < 0;
    return {
        ...inventory,
        ...ctx,
        move,
        versionDown,
        kubernetes: {
            from: cluster.kubernetes,
            to: kubernetes,
            at: step.kubernetes?.at ?? step.to?.at ?? ctx.at,
            down,
        },
        noop: !move && !down && alreadyOn(cluster.kubernetes, kubernetes),
    };
}
/** The catalog edge a move between minors takes, when the catalog has one for its source. */
function edgeOf(catalog, ctx, to) {
    const edge = catalog.edge(ctx.cluster.version, to);
    return edge && catalog.allowsSource(edge, ctx.cluster.version) ? edge : undefined;
}
/** A cluster on `current` is already on `wanted` (`4.3` wants any 4.3 patch). */
function alreadyOn(current, wanted) {
    return compareMinor(current, wanted) === 0 && (wanted.patch ?? current.patch) === current.patch;
}
/**
 * The Kubernetes a cluster runs after a step: the step's own `kubernetes`, else (for a move to a
 * release with one creation minor, 4.1 and later) that minor, else what it ran before.
 */
function nextKubernetes(ctx, version) {
    const { step, cluster } = ctx;
    if (step.kubernetes)
        return step.kubernetes.version;
    if (!step.to)
        return cluster.kubernetes;
    // One creation minor: the cluster moves to it, also from a higher one (then path/downgrade says
    // so: the release does not run what the cluster runs).
    const creation = ctx.platform.catalog.release(version)?.creation;
    if (creation?.length === 1 && compareMinor(creation[0], cluster.kubernetes) !== 0) {
        return creation[0];
    }
    return cluster.kubernetes;
}

;// CONCATENATED MODULE: ./src/engine/suggest.ts



class NoRouteError extends Error {
}
/**
 * A plan to `target` that the check passes: the global tier hop by hop along the preferred route
 * (the standby before the primary at every stop); before each hop, the Kubernetes steps that
 * bring every cluster the hop's prerequisite covers into it, and the workloads that could not
 * follow later moved to the tier's current version (the only target ACP offers them); at the end
 * the workloads to the target, each group along its own supported edge.
 */
function suggestPlan(catalog, clusters, wanted) {
    const target = exactVersion(wanted);
    const states = clusters.list.map((spec) => ({
        name: spec.name,
        role: spec.role,
        spec,
        version: spec.version,
        kubernetes: spec.kubernetes,
    }));
    const byName = new Map(states.map((s) => [s.name, s]));
    const global = byName.get(clusters.global.name);
    const standby = clusters.standby ? byName.get(clusters.standby.name) : undefined;
    const tier = standby ? [standby, global] : [global];
    const workloads = states.filter((s) => s.role === 'workload');
    const steps = [];
    /** Kubernetes-only steps, grouped by version, for the clusters that miss `edge`'s prerequisite. */
    const meetPrerequisite = (edge, candidates) => {
        const groups = new Map();
        for (const cluster of candidates) {
            if (kubernetesMeets(catalog, edge, cluster))
                continue;
            const fix = kubernetesFix(catalog, cluster, edge);
            if (!fix) {
                throw new NoRouteError(`${cluster.name} runs Kubernetes ${cluster.kubernetes.text} on ${cluster.version.text}, and no Kubernetes inside that release meets ${minorOf(edge.from)} -> ${minorOf(edge.to)}'s prerequisite`);
            }
            const group = groups.get(fix.text) ?? [];
            group.push(cluster);
            groups.set(fix.text, group);
            cluster.kubernetes = fix;
        }
        for (const [kubernetes, group] of groups) {
            steps.push({ clusters: group.map((c) => c.name), kubernetes });
        }
    };
    /**
     * Moves `group` to `to`. A release with one creation Kubernetes (4.1 and later) takes the
     * clusters to it; one with several (4.0) keeps their Kubernetes unless `next`, the hop that
     * follows, needs more: then Kubernetes goes up in the same window, as the 3.x -> 4.0 guides
     * strongly recommend, rather than in a window of its own.
     */
    const move = (group, to, next) => {
        const creation = catalog.release(to)?.creation;
        const withKubernetes = new Map();
        for (const cluster of group) {
            const single = creation?.length === 1 ? creation[0] : undefined;
            let kubernetes = single && compareVersions(single, cluster.kubernetes) > 0 ? single : undefined;
            if (!single && next) {
                const landed = { ...cluster, version: to };
                if (!kubernetesMeets(catalog, next, landed))
                    kubernetes = kubernetesFix(catalog, landed, next);
            }
            const key = !single && kubernetes ? kubernetes.text : '';
            const list = withKubernetes.get(key) ?? [];
            list.push(cluster);
            withKubernetes.set(key, list);
            cluster.version = to;
            if (kubernetes)
                cluster.kubernetes = kubernetes;
        }
        for (const [kubernetes, members] of withKubernetes) {
            steps.push({
                clusters: members.map((c) => c.name),
                to: to.text,
                ...(kubernetes && { kubernetes }),
            });
        }
    };
    const edgeTo = (cluster, to) => {
        const edge = catalog.edge(cluster.version, to);
        return edge && catalog.allowsSource(edge, cluster.version) ? edge : undefined;
    };
    /** Workloads behind the tier to the tier's current version, grouped by the edge they take. */
    const followTier = (group, next) => {
        const to = global.version;
        const byEdge = new Map();
        for (const workload of group) {
            const edge = compareMinor(workload.version, to) === 0 ? undefined : edgeTo(workload, to);
            if (compareMinor(workload.version, to) !== 0 && !edge) {
                throw new NoRouteError(`workload ${workload.name} on ${workload.version.text} has no supported path to ${to.text}, the only version ACP offers it while the global tier is there`);
            }
            const key = edge ? `${minorOf(edge.from)}->${minorOf(edge.to)}` : 'patch';
            const entry = byEdge.get(key) ?? { edge, members: [] };
            entry.members.push(workload);
            byEdge.set(key, entry);
        }
        const hops = [...byEdge.values()].sort((a, b) => compareVersions(a.members[0].version, b.members[0].version));
        for (const { edge, members } of hops) {
            if (edge)
                meetPrerequisite(edge, members);
            move(members, to, next);
        }
    };
    const past = tier.find((c) => compareVersions(c.version, target) > 0);
    if (past) {
        throw new NoRouteError(`${past.name} is already on ${past.version.text}, past the target ${target.text}; the global tier ends on the target, so choose ${past.version.text} or later`);
    }
    const route = compareVersions(global.version, target) < 0 ? routeOf(catalog, global, target, states) : [];
    route.forEach((edge, i) => {
        const stop = landing(edge, target);
        const after = route[i + 1];
        // Workloads that could not follow once the tier leaves: no path from their release to the
        // hop's, or no Kubernetes inside their release that meets the hop's prerequisite.
        const behind = workloads.filter((w) => compareVersions(w.version, global.version) < 0 &&
            (!edgeTo(w, edge.to) ||
                (!kubernetesMeets(catalog, edge, w) && !kubernetesFix(catalog, w, edge))));
        if (behind.length > 0)
            followTier(behind, edge);
        const stranded = states.find((c) => compareMinor(c.version, edge.to) < 0 && !catalog.allowsSource(edge, c.version));
        if (stranded) {
            throw new NoRouteError(`${minorOf(edge.from)} -> ${minorOf(edge.to)} starts only from ${edge.fromPatches.map((v) => v.text).join(', ')} on every cluster, and ${stranded.name} is on ${stranded.version.text}`);
        }
        meetPrerequisite(edge, tier.filter((c) => compareMinor(c.version, edge.to) < 0));
        meetPrerequisite(edge, workloads);
        for (const cluster of tier) {
            if (compareVersions(cluster.version, stop) < 0)
                move([cluster], stop, after);
        }
    });
    // A patch within the target's release, standby first.
    for (const cluster of tier) {
        if (compareVersions(cluster.version, target) < 0)
            move([cluster], target);
    }
    followTier(workloads.filter((w) => compareVersions(w.version, target) < 0));
    return { target: target.text, steps };
}
/** The tier's route, or why there is none. */
function routeOf(catalog, cluster, to, clusters) {
    const route = preferredRoute(catalog, cluster.version, to, clusters);
    if (!route) {
        throw new NoRouteError(`no supported route from ${cluster.name}'s ${cluster.version.text} to ${to.text} in the catalog`);
    }
    return route;
}
/**
 * Where a hop lands: the target in its release, else the release's first patch (a plan names
 * exact versions: `to: 4.0.0`, later `to: 4.3.0`; the operator picks the patch they downloaded).
 */
function landing(edge, target) {
    return compareMinor(edge.to, target) === 0 ? target : exactVersion(edge.to);
}
/** The suggestion as plan.yaml text. */
function planYaml(plan, header = []) {
    const lines = [...header.map((h) => `# ${h}`), `target: ${yamlString(plan.target)}`, 'steps:'];
    if (plan.steps.length === 0)
        lines[lines.length - 1] = 'steps: []';
    for (const step of plan.steps) {
        lines.push(step.clusters.length === 1
            ? `  - cluster: ${yamlString(step.clusters[0])}`
            : `  - clusters: [${step.clusters.map(yamlString).join(', ')}]`);
        if (step.to !== undefined)
            lines.push(`    to: ${yamlString(step.to)}`);
        if (step.kubernetes !== undefined)
            lines.push(`    kubernetes: ${yamlString(step.kubernetes)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** Plain when YAML reads it back as the same text (`1.31` would be a number: quoted). */
function yamlString(text) {
    const plain = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) &&
        typeof resolvePlain(text) === 'string' &&
        !/^(yes|no|on|off|y|n)$/i.test(text);
    return plain ? text : JSON.stringify(text);
}

;// CONCATENATED MODULE: ./src/engine/suggestion.ts







/** `suggest --target`: a plan that passes the check, or why there is none. */
function verifiedSuggestionFor(inventory, targetText) {
    const { catalog, clusters } = inventory;
    if (!clusters) {
        const problem = inventory.findings.find((f) => f.severity === 'error');
        return {
            error: `clusters.yaml must load first${problem ? `: ${problem.file}:${problem.line}: ${problem.message}` : ''}`,
        };
    }
    const written = parseVersion(targetText);
    if (!written)
        return { error: `--target "${targetText}" is not a version (e.g. 4.3.0)` };
    const target = exactVersion(written);
    if (!catalog.release(target))
        return { error: `--target ${target.text} is not a release the catalog knows` };
    const global = clusters.global;
    if (compareVersions(target, global.version) < 0) {
        return {
            error: `--target ${target.text} is below the global cluster ${global.name}'s ${global.version.text}; ACP upgrades only go up`,
        };
    }
    let text;
    try {
        const plan = suggestPlan(catalog, clusters, target);
        text = planYaml(plan, [`Suggested by acp-upgrade-check for target ${target.text}.`]);
    }
    catch (error) {
        if (error instanceof NoRouteError)
            return { error: error.message };
        throw error;
    }
    const problem = planProblem(catalog, clusters, text);
    if (problem) {
        return {
            error: `no plan to ${target.text} was found that passes the check: the route found breaks ${problem.rule} (${problem.message}); write the plan by hand`,
        };
    }
    return { plan: text };
}
/** The suggested plan's text, only when it passes the path/* and order/* rules itself. */
function verifiedSuggestion(catalog, clusters, plan) {
    let text;
    try {
        text = planYaml(suggestPlan(catalog, clusters, plan.target));
    }
    catch (error) {
        if (error instanceof NoRouteError)
            return undefined;
        throw error;
    }
    return planProblem(catalog, clusters, text) ? undefined : text;
}
/** The first error of a path/*, order/* or state/* rule a plan's text gets, if any. */
function planProblem(catalog, clusters, text) {
    const { parsed, findings } = parseYaml('suggested plan.yaml', text);
    const loaded = parsed ? loadPlan(parsed, catalog, clusters) : undefined;
    if (!loaded?.value) {
        const problems = [...findings, ...(loaded?.findings ?? [])];
        return (problems.find((f) => f.severity === 'error') ??
            findingAt('input/schema', 'the plan does not load', 'suggested plan.yaml', 1, 1));
    }
    const run = new RuleRun();
    simulate({ catalog, clusters, plan: loaded.value, apps: undefined }, run);
    return run.findings.find((f) => f.severity === 'error' && /^(path|order|state)\//.test(f.rule));
}

;// CONCATENATED MODULE: ./src/engine/check.ts










function check_check(files, options) {
    return reportOf(analyze(files, options.catalogOverrides), options);
}
/** Loads and simulates; findings for everything wrong, never an exception for input. */
function analyze(files, catalogOverrides) {
    const analysis = loadInventory(files, catalogOverrides);
    const { catalog, clusters, plan, apps } = analysis;
    if (clusters && plan) {
        const run = new RuleRun();
        analysis.journey = simulate({ catalog, clusters, plan, apps }, run);
        append(analysis.findings, run.findings);
    }
    return analysis;
}
function reportOf(analysis, options) {
    const { catalog, clusters, apps, plan, packages, journey } = analysis;
    const findings = [...analysis.findings];
    const downloads = apps && packages
        ? computeDownloads({ catalog, apps, packages, clusters, plan, hops: journey?.hops })
        : undefined;
    if (downloads && apps) {
        const run = new RuleRun();
        run.run('packages', { catalog, apps, downloads, target: plan?.target.text });
        append(findings, run.findings);
    }
    const inputBroken = findings.some((f) => f.rule.startsWith('input/') && f.severity === 'error');
    const commands = clusters && plan && downloads && journey && !inputBroken
        ? buildCommands({ catalog, clusters, plan, downloads, journey })
        : [];
    const waived = applyWaivers(capFindings(findings), plan?.waivers ?? [], options.today);
    const report = buildReport(analysis, options, {
        mode: 'check',
        target: plan?.target.text ?? null,
        findings: waived.findings,
        waivers: waived.waivers,
        timeline: journey?.timeline ?? [],
        downloads: (downloads?.list ?? []).map(downloadReport),
        commands,
    });
    const needsRoute = report.findings.some((f) => !f.waived && f.severity === 'error' && /^(path|order)\//.test(f.rule));
    if (needsRoute && clusters && plan) {
        const suggestion = verifiedSuggestion(catalog, clusters, plan);
        if (suggestion)
            report.suggestedPlan = suggestion;
    }
    return report;
}

;// CONCATENATED MODULE: ./src/engine/drift.ts
// Drift mode: does the committed apps.yaml still describe the platform? Compares it with a fresh
// `violet list` export and reports drift/* findings (SPEC §3).






function runDrift(files, live, options) {
    // The plan does not matter for drift: only apps.yaml and clusters.yaml are compared.
    const analysis = analyze({
        apps: files.apps,
        clusters: files.clusters,
        ...(files.catalog && { catalog: files.catalog }),
    }, options.catalogOverrides);
    const findings = [...analysis.findings];
    const liveApps = loadLive(live, findings);
    if (analysis.apps && analysis.clusters && liveApps) {
        findings.push(...compareApps(analysis.apps, liveApps, analysis.clusters));
    }
    const capped = capFindings(findings);
    return buildReport(analysis, options, {
        mode: 'drift',
        target: null,
        findings: capped,
        waivers: [],
        timeline: [],
        downloads: [],
        commands: [],
        drift: capped.some((f) => f.rule.startsWith('drift/')),
    });
}
function loadLive(live, findings) {
    const text = readText(live, true, findings);
    if (text === undefined)
        return undefined;
    const { parsed, findings: problems } = parseYaml(live.path, text);
    findings.push(...problems);
    if (!parsed)
        return undefined;
    const loaded = loadApps(parsed, undefined);
    findings.push(...loaded.findings);
    return loaded.value;
}
/** Installations keyed by application and cluster. */
function index(apps) {
    const map = new Map();
    for (const app of apps.list) {
        for (const item of app.installed)
            map.set(`${app.name}\u0000${item.cluster}`, { app: app.name, item });
    }
    return map;
}
function compareApps(committed, live, clusters) {
    const findings = [];
    const before = index(committed);
    const after = index(live);
    const liveClusters = new Set([...after.values()].map((v) => v.item.cluster));
    const committedClusters = new Set([...before.values()].map((v) => v.item.cluster));
    const addedClusters = new Set();
    const removedClusters = new Set();
    for (const { item } of after.values()) {
        if (clusters.byName.has(item.cluster) || addedClusters.has(item.cluster))
            continue;
        addedClusters.add(item.cluster);
        findings.push(finding('drift/cluster-added', `the platform has a cluster "${item.cluster}" that clusters.yaml lacks; add it with its versions`, item.at.file, item.at.offset, { cluster: item.cluster }));
    }
    for (const { item } of before.values()) {
        if (liveClusters.has(item.cluster) || removedClusters.has(item.cluster))
            continue;
        removedClusters.add(item.cluster);
        findings.push(finding('drift/cluster-removed', `"${item.cluster}" no longer appears in the live export; remove it from apps.yaml and clusters.yaml if it is gone`, item.at.file, item.at.offset, { cluster: item.cluster }));
    }
    for (const [key, { app, item }] of after) {
        if (addedClusters.has(item.cluster))
            continue;
        const was = before.get(key);
        if (!was) {
            findings.push(finding('drift/app-added', `${app} ${item.version} now runs on ${item.cluster}, but apps.yaml does not say so; export apps.yaml again with violet list`, item.at.file, item.at.offset, { cluster: item.cluster, package: app }));
        }
        else if (versionText(was.item.version) !== versionText(item.version)) {
            findings.push(finding('drift/version-changed', `${app} on ${item.cluster} is ${item.version} on the platform, but apps.yaml says ${was.item.version}; export apps.yaml again with violet list`, was.item.at.file, was.item.at.offset, { cluster: item.cluster, package: app }));
        }
    }
    for (const [key, { app, item }] of before) {
        if (removedClusters.has(item.cluster) || after.has(key) || !committedClusters.has(item.cluster))
            continue;
        findings.push(finding('drift/app-removed', `${app} no longer runs on ${item.cluster}; export apps.yaml again with violet list`, item.at.file, item.at.offset, { cluster: item.cluster, package: app }));
    }
    for (const app of live.list) {
        const before = committed.byName.get(app.name);
        if (!before || before.type === app.type)
            continue;
        findings.push(finding('drift/type-changed', `${app.name} is a ${app.type} on the platform, but apps.yaml says ${before.type}; its push command changes with its type (operators go to each cluster that runs them): export apps.yaml again with violet list`, before.at.file, before.at.offset, { package: app.name }));
    }
    return findings.sort((a, b) => compareText(a.rule, b.rule));
}
/** `v2.3.0` and `2.3.0` are one version: violet writes both. */
function versionText(version) {
    return version.replace(/^[vV](?=\d)/, '');
}

;// CONCATENATED MODULE: ./src/render/json.ts
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/render/escape.ts
// Markdown that shows inventory values without letting them become markup: no HTML element or
// comment, link, image or @mention from the inventory survives GitHub's renderer.

const ZWSP = '\u200b';
/**
 * Free text (a finding's message) as inert Markdown on one line (line breaks, C1 controls and
 * direction overrides shown as escapes, see oneLine): HTML characters become entities,
 * Markdown punctuation is backslash-escaped, and mentions and bare-URL autolinks are broken
 * with a zero-width space, which reads the same.
 */
function escapeText(text) {
    return oneLine(text)
        .replace(/[\\`*_[\]()#!|~{}<>&"]/g, (c) => ENTITY[c] ?? `\\${c}`)
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
const ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
/**
 * A value in a code span, where nothing is markup. The fence is longer than any run of
 * backticks inside; in a table, a `|` is escaped so that it stays inside its cell.
 */
function code(value, inTable = false) {
    const text = oneLine(value);
    // GFM splits table cells before it reads code spans, at every `|` after an even number of
    // backslashes, and then drops one backslash before each `|`; a backslash right before a pipe
    // can therefore not be shown in a code span. Such a value is shown as escaped text instead.
    if (inTable && /\\\|/.test(text))
        return escapeText(text);
    const fence = '`'.repeat(longestRun(text, '`') + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
    const body = inTable ? text.replace(/\|/g, '\\|') : text;
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** The longest run of `char` in `text` (a loop: a spread of every match overflows the stack). */
function longestRun(text, char) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
/** A Mermaid label: only characters that cannot mean anything to Mermaid or HTML. */
function mermaidLabel(text) {
    return oneLine(text).replace(/[^A-Za-z0-9 ._:,/+=-]/g, '?');
}

;// CONCATENATED MODULE: ./src/render/runbook.ts
/** Clusters named in a heading; a step of hundreds of clusters says how many more. */
const HEADING_CLUSTERS = 6;
/** Consecutive commands of the same window and phase, in run order. */
function runbookSections(report) {
    const sections = [];
    for (const command of report.commands) {
        const last = sections[sections.length - 1];
        const kind = kindOf(command);
        if (last &&
            last.window === command.window &&
            last.kind === kind &&
            last.hop === hopOf(command, kind)) {
            last.commands.push(command);
            continue;
        }
        sections.push(section(report, command, kind));
    }
    return sections;
}
function kindOf(command) {
    if (command.phase === 'after')
        return 'after';
    if (command.phase === 'prepare')
        return command.window === 0 ? 'before-any' : 'prepare';
    return 'window';
}
function hopOf(command, kind) {
    return kind === 'prepare' ? command.hop : undefined;
}
function section(report, command, kind) {
    const out = { kind, window: command.window, commands: [command] };
    const hop = hopOf(command, kind);
    if (hop !== undefined)
        out.hop = hop;
    if (kind === 'window') {
        const entries = report.timeline.filter((t) => t.step === command.window);
        out.clusters = entries.map((t) => t.cluster);
        const first = entries[0];
        if (first) {
            out.to =
                first.from.version === first.to.version
                    ? { kubernetes: first.to.kubernetes }
                    : { version: first.to.version };
        }
    }
    return out;
}
/**
 * A section's heading ("Before any window", "Window 3: global -> 4.3.0"); `show` writes each value
 * from the inventory the way the renderer escapes it (a code span, or one safe line).
 */
function sectionHeading(section, show) {
    switch (section.kind) {
        case 'before-any':
            return 'Before any window';
        case 'prepare':
            return `Before window ${section.window}: prepare ${section.hop !== undefined ? show(section.hop) : 'the upgrade'}`;
        case 'after':
            return 'After the last window';
        case 'window': {
            const names = section.clusters ?? [];
            const shown = names.slice(0, HEADING_CLUSTERS).map(show).join(', ');
            const more = names.length > HEADING_CLUSTERS ? ` and ${names.length - HEADING_CLUSTERS} more` : '';
            const to = section.to;
            const where = to === undefined
                ? ''
                : 'version' in to
                    ? ` -> ${show(to.version)}`
                    : `, Kubernetes -> ${show(to.kubernetes)}`;
            return `Window ${section.window}: ${shown}${more}${where}`;
        }
    }
}
/** Downloads per hop, in report order. */
function downloadsByHop(downloads) {
    const groups = [];
    for (const d of downloads) {
        const hop = d.hop;
        const last = groups[groups.length - 1];
        if (last && last.hop === hop)
            last.downloads.push(d);
        else
            groups.push({ hop, downloads: [d] });
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/render/markdown.ts




const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** The anchor of a rule's section in docs/rules.md. */
function ruleAnchor(rule) {
    return rule.replace(/[^a-z0-9]+/g, '-');
}
function renderMarkdown(report, options = {}) {
    const full = compose(report, options, { sections: 'all', findings: Infinity });
    const limit = options.maxLength;
    if (limit === undefined || full.length <= limit)
        return full;
    for (const sections of ['no-commands', 'findings-only']) {
        const shorter = compose(report, options, { sections, findings: Infinity });
        if (shorter.length <= limit)
            return shorter;
    }
    // Still too long: keep as many findings rows as fit.
    let lo = 0;
    let hi = report.findings.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (compose(report, options, { sections: 'findings-only', findings: mid }).length <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const text = compose(report, options, { sections: 'findings-only', findings: lo });
    // Never cut Markdown mid-way (a cut code span turns inert text into markup): the last resort
    // is a verdict without inventory values.
    return text.length <= limit ? text : verdictOnly(report, options);
}
function verdictOnly(report, options) {
    const pass = report.verdict === 'pass';
    const what = report.mode === 'drift' ? 'ACP drift check' : 'ACP upgrade check';
    const { errors, warnings, notices } = report.summary;
    return [
        ...(options.marker ? [options.marker] : []),
        `### ${pass ? '✅' : '❌'} ${what}: ${pass ? 'pass' : 'fail'}`,
        '',
        `${errors} errors, ${warnings} warnings, ${notices} notices. Too long for a comment: ${options.fullReportHint ?? 'run the CLI for the full report.'}`,
        '',
    ].join('\n');
}
function compose(report, options, shape) {
    const out = [];
    if (options.marker)
        out.push(options.marker);
    out.push(...header(report), ...catalogChanges(report), ...markdown_waivers(report));
    const omitted = [];
    if (report.findings.length > 0) {
        const rows = bySeverity(report.findings);
        out.push('', '| | Rule | Where | What to do |', '|---|---|---|---|');
        for (const f of rows.slice(0, shape.findings))
            out.push(findingRow(f, options.rulesUrl));
        if (rows.length > shape.findings)
            omitted.push(`${rows.length - shape.findings} more findings`);
    }
    if (shape.sections !== 'findings-only') {
        out.push(...timeline(report), ...downloads(report.downloads));
        if (report.suggestedPlan) {
            const fence = fenceFor(report.suggestedPlan);
            out.push('', '#### Suggested plan', '', 'This plan.yaml passes the check; compare it with yours:', '', `${fence}yaml`, ...report.suggestedPlan.trimEnd().split('\n').map(oneLine), fence);
        }
    }
    else {
        omitted.push('the plan diagram, downloads and commands');
    }
    if (shape.sections === 'all') {
        out.push(...commands(report));
    }
    else if (shape.sections === 'no-commands') {
        omitted.push('the commands');
    }
    if (omitted.length > 0) {
        out.push('', `> Shortened to fit: ${omitted.join(', ')} left out. ${options.fullReportHint ?? 'Run the CLI for the full report.'}`);
    }
    return `${out.join('\n')}\n`;
}
function header(report) {
    const pass = report.verdict === 'pass';
    const what = report.mode === 'drift' ? 'ACP drift check' : 'ACP upgrade check';
    const { errors, warnings, notices, waived } = report.summary;
    const counts = [
        `${errors} error${errors === 1 ? '' : 's'}`,
        `${warnings} warning${warnings === 1 ? '' : 's'}`,
        `${notices} notice${notices === 1 ? '' : 's'}`,
        ...(waived ? [`${waived} waived`] : []),
    ].join(', ');
    const target = report.target ? `Target ${code(report.target)} · ` : '';
    const failOn = report.failOn === 'error' ? '' : ` · fail-on: ${report.failOn}`;
    return [
        `### ${pass ? '✅' : '❌'} ${what}: ${pass ? 'pass' : 'fail'}`,
        '',
        `${target}inventory ${code(report.inventory)} · ${counts}${failOn}`,
    ];
}
/** Rows shown of a list that must always be in the comment (waivers, catalog overrides). */
const LISTED = 50;
/**
 * Every built-in fact catalog.yaml replaced, with both versions, and what it added: the rules a
 * pull request is judged by must not change silently (SPEC §2).
 */
function catalogChanges(report) {
    const { overrides, added } = report.catalog;
    if (overrides.length === 0 && added.length === 0)
        return [];
    const out = ['', '#### Catalog changes', ''];
    if (overrides.length > 0) {
        out.push(`⚠️ \`catalog.yaml\` replaces ${overrides.length} built-in ${overrides.length === 1 ? 'entry' : 'entries'} of the release catalog; this plan is judged by them, not by the ACP documentation:`, '', '| Entry | Built-in | catalog.yaml | Where |', '|---|---|---|---|', ...overrides
            .slice(0, LISTED)
            .map((o) => `| ${escapeText(o.entry)} | ${escapeText(o.builtin)} | ${escapeText(o.user)} | ${code(`${o.file}:${o.line}`, true)} |`));
        if (overrides.length > LISTED)
            out.push('', `and ${overrides.length - LISTED} more.`);
    }
    if (added.length > 0) {
        const shown = added.slice(0, LISTED).map((a) => escapeText(a));
        out.push(...(overrides.length > 0 ? [''] : []), `\`catalog.yaml\` adds: ${shown.join(', ')}${added.length > LISTED ? ` and ${added.length - LISTED} more` : ''}.`);
    }
    return out;
}
/** Every waiver of plan.yaml: what it accepts, who owns it, until when, and what became of it. */
function markdown_waivers(report) {
    const list = report.waivers;
    if (list.length === 0)
        return [];
    const status = (w) => w.status === 'applied'
        ? `waives ${w.matched} finding${w.matched === 1 ? '' : 's'}`
        : w.status === 'not-waivable'
            ? 'not applied: the rule cannot be waived'
            : w.status === 'expired'
                ? 'not applied: expired'
                : 'not applied: matches nothing';
    const out = [
        '',
        `#### Waivers (${list.length})`,
        '',
        '| Rule | Scope | Owner | Expires | Reason | |',
        '|---|---|---|---|---|---|',
        ...list.slice(0, LISTED).map((w) => {
            const scope = [
                ...(w.cluster !== undefined ? [`cluster ${code(w.cluster, true)}`] : []),
                ...(w.package !== undefined ? [`package ${code(w.package, true)}`] : []),
            ].join(', ') || 'all';
            return `| ${code(w.rule, true)} | ${scope} | ${escapeText(w.owner)} | ${code(w.expires, true)} | ${escapeText(w.reason)} | ${status(w)} |`;
        }),
    ];
    if (list.length > LISTED)
        out.push('', `and ${list.length - LISTED} more.`);
    return out;
}
function findingRow(f, rulesUrl) {
    const icon = f.waived ? '☑️' : ICON[f.severity];
    const rule = rulesUrl
        ? `[${code(f.rule, true)}](${rulesUrl}#${ruleAnchor(f.rule)})`
        : code(f.rule, true);
    const waived = f.waiver
        ? ` *Waived:* ${escapeText(f.waiver.reason)}${f.waiver.owner ? ` (${escapeText(f.waiver.owner)})` : ''}`
        : '';
    return `| ${icon} | ${rule} | ${code(`${f.file}:${f.line}`, true)} | ${escapeText(f.message)}${waived} |`;
}
function timeline(report) {
    if (report.timeline.length === 0)
        return [];
    const failing = new Set(report.findings
        .filter((f) => f.severity === 'error' && !f.waived && f.step !== undefined)
        .map((f) => f.step));
    const steps = new Map();
    for (const entry of report.timeline) {
        const list = steps.get(entry.step) ?? [];
        list.push(entry);
        steps.set(entry.step, list);
    }
    const lines = [
        '',
        `#### Plan (${steps.size} step${steps.size === 1 ? '' : 's'})`,
        '',
        '```mermaid',
        'flowchart TD',
    ];
    const ids = [];
    for (const [step, entries] of steps) {
        const first = entries[0];
        const names = entries
            .slice(0, 3)
            .map((e) => mermaidLabel(e.cluster))
            .join(', ') + (entries.length > 3 ? ` +${entries.length - 3} more` : '');
        const move = first.from.version === first.to.version
            ? `Kubernetes → ${mermaidLabel(first.to.kubernetes)}`
            : `→ ${mermaidLabel(first.to.version)}, Kubernetes ${mermaidLabel(first.to.kubernetes)}`;
        const id = `s${step}`;
        ids.push(id);
        lines.push(`  ${id}["${step}. ${names} ${move}"]`);
        if (failing.has(step))
            lines.push(`  class ${id} failing`);
    }
    if (ids.length > 1)
        lines.push(`  ${ids.join(' --> ')}`);
    lines.push('  classDef failing fill:#ffebe9,stroke:#cf222e,color:#000', '```');
    return lines;
}
function downloads(list) {
    if (list.length === 0)
        return [];
    const present = list.filter((d) => d.status === 'present').length;
    const lines = ['', `#### Downloads (${present} of ${list.length} ready)`];
    const groups = downloadsByHop(list);
    for (const group of groups) {
        lines.push('');
        if (groups.length > 1) {
            lines.push(`For the upgrade to ${code(group.hop)}:`, '');
        }
        for (const d of group.downloads)
            lines.push(downloadLine(d));
    }
    return lines;
}
function downloadLine(d) {
    const box = d.status === 'present' ? '[x]' : '[ ]';
    const status = d.status === 'present' ? '' : ` · **${d.status}**`;
    const file = d.file ? ` · ${code(d.file)}` : '';
    if (d.kind === 'core')
        return `- ${box} Core package ${code(d.version)}${status}${file}`;
    const name = d.name !== undefined ? code(d.name) : escapeText(d.displayName ?? 'package');
    const label = d.name !== undefined && d.displayName ? ` (${escapeText(d.displayName)})` : '';
    const where = d.clusters.length > 0
        ? ` · on ${d.clusters
            .slice(0, 10)
            .map((c) => code(c))
            .join(', ')}${d.clusters.length > 10 ? ` and ${d.clusters.length - 10} more` : ''}`
        : '';
    const why = d.reasons.filter((r) => r !== 'installed');
    return `- ${box} ${name}${label} ${escapeText(d.type ?? '')}${d.version ? ` ${code(d.version)}` : ''}${status}${file}${where}${why.length ? ` · ${escapeText(why.join(', '))}` : ''}`;
}
function commands(report) {
    if (report.commands.length === 0) {
        return report.findings.some((f) => f.rule.startsWith('input/') && !f.waived)
            ? ['', '#### Commands', '', 'Shown once the inventory loads without input errors.']
            : [];
    }
    const lines = [
        '',
        '#### Commands',
        '',
        'Run in this order, one window at a time; `ACP_PLATFORM_TOKEN` (and the standby registry credentials) come from your environment.',
    ];
    const sections = runbookSections(report);
    for (const section of sections) {
        lines.push('', `##### ${sectionHeading(section, (value) => code(value))}`, '', ...bashBlock(section.commands));
    }
    return lines;
}
/**
 * One window's commands, each under its note. The block is pasted into bash as it is, so a note
 * is a comment of one line whatever it holds (oneLine): a line break in it would start a command
 * of its own. A command line is one line already (shell.ts refuses what would split it).
 */
function bashBlock(list) {
    const body = list
        .flatMap((c) => {
        const note = `# ${oneLine(c.note)}`;
        return c.shell === '' ? [note] : [note, oneLine(c.shell)];
    })
        .join('\n');
    const fence = fenceFor(body);
    return [`${fence}bash`, body, fence];
}
/** A code fence longer than any backtick run in the body. */
function fenceFor(body) {
    return '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
}

;// CONCATENATED MODULE: ./src/render/rule-help.ts
// Generated by scripts/bundle.mjs from docs/rules.md. Do not edit: edit the rule reference.
const RULE_HELP = {
    "input/yaml-syntax": {
        "anchor": "input-yaml-syntax",
        "fullDescription": "Every inventory file parses as YAML, is UTF-8 text, and is not larger than the size limit for an inventory file. The finding gives the line and column where parsing stopped.",
        "text": "What it checks: Every inventory file parses as YAML, is UTF-8 text, and is not larger than the size limit for an inventory file. The finding gives the line and column where parsing stopped.\n\nWhy: Nothing else can be checked in a file that does not parse.\n\nFix: Correct the YAML at the reported line (the problem is often on the line before it: an unclosed [ or \", or a tab used for indentation). Save the file as UTF-8.",
        "markdown": "_A file is not valid YAML._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every inventory file parses as YAML, is UTF-8 text, and is not larger than\nthe size limit for an inventory file. The finding gives the line and column where parsing\nstopped.\n\n**Why.** Nothing else can be checked in a file that does not parse.\n\n**Example.** The flow list of the last step is not closed:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b\n    to: 4.3.0\n```\n\n**Fix.** Correct the YAML at the reported line (the problem is often on the line before it:\nan unclosed `[` or `\"`, or a tab used for indentation). Save the file as UTF-8."
    },
    "input/schema": {
        "anchor": "input-schema",
        "fullDescription": "Each file has the shape the project defines (the JSON Schemas in schemas/ are generated from the same definitions): the required keys are there, values have the right type, and our own files (clusters.yaml, plan.yaml, packages.yaml, catalog.yaml) have no unknown keys; for a key that looks like a typo the message suggests the right one. apps.yaml is violet's format, so keys the check does not use are allowed there. Other checks of the same rule: a version that is not MAJOR.MINOR or MAJOR.MINOR.PATCH, no cluster with role global, a plan step without a cluster or without to/kubernetes, a waiver naming a rule that does not exist or a date that is not YYYY-MM-DD, a value with control characters or line breaks (it could not be printed safely in a command), and an IPv6 literal as a platform address.",
        "text": "What it checks: Each file has the shape the project defines (the JSON Schemas in schemas/ are generated from the same definitions): the required keys are there, values have the right type, and our own files (clusters.yaml, plan.yaml, packages.yaml, catalog.yaml) have no unknown keys; for a key that looks like a typo the message suggests the right one. apps.yaml is violet's format, so keys the check does not use are allowed there. Other checks of the same rule: a version that is not MAJOR.MINOR or MAJOR.MINOR.PATCH, no cluster with role global, a plan step without a cluster or without to/kubernetes, a waiver naming a rule that does not exist or a date that is not YYYY-MM-DD, a value with control characters or line breaks (it could not be printed safely in a command), and an IPv6 literal as a platform address.\n\nWhy: A misspelt key would otherwise be ignored and its check silently skipped. The address check follows violet: \"IP-literal platform addresses must be IPv4; IPv6 literals are not supported by violet\" (violet's documentation, as summarised in the project's fact sheet).\n\nFix: Use the key or value the message names. With the # yaml-language-server: $schema=... line at the top of the file, your editor shows these mistakes while you type.",
        "markdown": "_A value has the wrong type or an unknown key._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Each file has the shape the project defines (the JSON Schemas in `schemas/`\nare generated from the same definitions): the required keys are there, values have the right\ntype, and our own files (`clusters.yaml`, `plan.yaml`, `packages.yaml`, `catalog.yaml`) have no\nunknown keys; for a key that looks like a typo the message suggests the right one. `apps.yaml` is\nviolet's format, so keys the check does not use are allowed there. Other checks of the same rule:\na version that is not `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`, no cluster with role `global`, a plan\nstep without a cluster or without `to`/`kubernetes`, a waiver naming a rule that does not exist or\na date that is not `YYYY-MM-DD`, a value with control characters or line breaks (it could not be\nprinted safely in a command), and an IPv6 literal as a platform address.\n\n**Why.** A misspelt key would otherwise be ignored and its check silently skipped. The address\ncheck follows violet: \"IP-literal platform addresses must be IPv4; IPv6 literals are not\nsupported by violet\" (violet's documentation, as summarised in the project's fact sheet).\n\n**Example.** `infrastructure` is misspelt, so `prod-a` would silently count as traditional\ninfrastructure:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n    infrastucture: immutable\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Use the key or value the message names. With the `# yaml-language-server: $schema=...`\nline at the top of the file, your editor shows these mistakes while you type."
    },
    "input/missing-file": {
        "anchor": "input-missing-file",
        "fullDescription": "apps.yaml, clusters.yaml and plan.yaml exist in the inventory folder (or where the apps, clusters and plan inputs point). packages.yaml and catalog.yaml are optional: no packages.yaml means nothing is downloaded yet.",
        "text": "What it checks: apps.yaml, clusters.yaml and plan.yaml exist in the inventory folder (or where the apps, clusters and plan inputs point). packages.yaml and catalog.yaml are optional: no packages.yaml means nothing is downloaded yet.\n\nWhy: The check needs all three: what is installed, what each cluster runs, and the plan.\n\nFix: Create the file: apps.yaml with violet list --output-file apps.yaml against the platform, clusters.yaml by hand, plan.yaml by hand or from acp-upgrade-check suggest --target VERSION.",
        "markdown": "_A required inventory file is absent._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** `apps.yaml`, `clusters.yaml` and `plan.yaml` exist in the inventory folder\n(or where the `apps`, `clusters` and `plan` inputs point). `packages.yaml` and `catalog.yaml`\nare optional: no `packages.yaml` means nothing is downloaded yet.\n\n**Why.** The check needs all three: what is installed, what each cluster runs, and the plan.\n\n**Example.** An inventory folder without `plan.yaml`.\n\n**Fix.** Create the file: `apps.yaml` with `violet list --output-file apps.yaml` against the\nplatform, `clusters.yaml` by hand, `plan.yaml` by hand or from\n`acp-upgrade-check suggest --target VERSION`."
    },
    "input/unknown-cluster": {
        "anchor": "input-unknown-cluster",
        "fullDescription": "Every cluster a plan step names, and every clusterName in apps.yaml, is a cluster of clusters.yaml. A close name is suggested.",
        "text": "What it checks: Every cluster a plan step names, and every clusterName in apps.yaml, is a cluster of clusters.yaml. A close name is suggested.\n\nWhy: A step for a cluster the check does not know cannot be simulated, and an application on an unknown cluster would be left out of the push commands.\n\nFix: Correct the name, or add the cluster to clusters.yaml with its versions.",
        "markdown": "_A cluster name that clusters.yaml lacks._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every cluster a plan step names, and every `clusterName` in `apps.yaml`, is\na cluster of `clusters.yaml`. A close name is suggested.\n\n**Why.** A step for a cluster the check does not know cannot be simulated, and an application on\nan unknown cluster would be left out of the push commands.\n\n**Example.**\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-c]\n    to: 4.3.0\n```\n\n**Fix.** Correct the name, or add the cluster to `clusters.yaml` with its versions."
    },
    "input/unknown-version": {
        "anchor": "input-unknown-version",
        "fullDescription": "Every Distribution Version in clusters.yaml and plan.yaml (the target, each step's to) belongs to a release of the catalog: the built-in one, which knows 3.16, 3.18, 4.0, 4.1, 4.2, 4.3 and 4.4, plus your catalog.yaml.",
        "text": "What it checks: Every Distribution Version in clusters.yaml and plan.yaml (the target, each step's to) belongs to a release of the catalog: the built-in one, which knows 3.16, 3.18, 4.0, 4.1, 4.2, 4.3 and 4.4, plus your catalog.yaml.\n\nWhy: The rules for a release (its Kubernetes versions, its upgrade paths) come from the ACP documentation; for a release the catalog does not hold, there is nothing to check against. The 4.5 pages name its upgrade paths, but no Kubernetes support matrix read has a 4.5 row, so the built-in catalog stops at 4.4 (the README shows how to add 4.5 in catalog.yaml).\n\nFix: Correct the version. To plan for a release the check does not ship yet, describe it (its Kubernetes versions and the upgrade path to it, with your source) in catalog.yaml in the inventory folder; it has the shape of catalog/acp.yaml.",
        "markdown": "_A version the release catalog does not know._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every Distribution Version in `clusters.yaml` and `plan.yaml` (the target,\neach step's `to`) belongs to a release of the catalog: the built-in one, which knows 3.16, 3.18,\n4.0, 4.1, 4.2, 4.3 and 4.4, plus your `catalog.yaml`.\n\n**Why.** The rules for a release (its Kubernetes versions, its upgrade paths) come from the ACP\ndocumentation; for a release the catalog does not hold, there is nothing to check against. The\n4.5 pages name its upgrade paths, but no Kubernetes support matrix read has a 4.5 row, so the\nbuilt-in catalog stops at 4.4 (the README shows how to add 4.5 in `catalog.yaml`).\n\n**Example.**\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.5.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.5.0\n  - cluster: global\n    to: 4.5.0\n```\n\n**Fix.** Correct the version. To plan for a release the check does not ship yet, describe it\n(its Kubernetes versions and the upgrade path to it, with your source) in `catalog.yaml` in the\ninventory folder; it has the shape of `catalog/acp.yaml`."
    },
    "input/duplicate": {
        "anchor": "input-duplicate",
        "fullDescription": "Cluster names are unique in clusters.yaml, with exactly one global and at most one DR standby; each Core version and each application appears once in packages.yaml; a step does not name a cluster twice; and no mapping has the same key twice.",
        "text": "What it checks: Cluster names are unique in clusters.yaml, with exactly one global and at most one DR standby; each Core version and each application appears once in packages.yaml; a step does not name a cluster twice; and no mapping has the same key twice.\n\nWhy: With two entries the check would have to guess which one you meant.\n\nFix: Keep one entry. The message names the line of the first one.",
        "markdown": "_A cluster, package or key listed twice._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Cluster names are unique in `clusters.yaml`, with exactly one global and at\nmost one DR standby; each Core version and each application appears once in `packages.yaml`; a\nstep does not name a cluster twice; and no mapping has the same key twice.\n\n**Why.** With two entries the check would have to guess which one you meant.\n\n**Example.** `metallb` is listed twice:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n```\n\n**Fix.** Keep one entry. The message names the line of the first one."
    },
    "path/unsupported": {
        "anchor": "path-unsupported",
        "fullDescription": "Each step that changes a cluster's Distribution Version to another release follows a supported upgrade path of the catalog, from a source patch the path allows. The supported paths are 3.16.0/3.16.1/3.16.2 to 4.0, 3.18.0/3.18.1 to 4.0, 3.18 to 4.1, 4.0 to 4.1, 4.0 to 4.2, 4.1 to 4.2, 4.0, 4.1 or 4.2 to 4.3, and 4.1, 4.2 or 4.3 to 4.4. The message gives the shortest supported route; among equally short ones, it prefers the one whose first hop your clusters can take now, without a Kubernetes-only step (3.18.1 on Kubernetes 1.28 goes through 4.0, since 3.18 to 4.1 needs 1.30 first), then the newer intermediate release. Each hop names an exact version (to: 4.0.0); write the patch you downloaded.",
        "text": "What it checks: Each step that changes a cluster's Distribution Version to another release follows a supported upgrade path of the catalog, from a source patch the path allows. The supported paths are 3.16.0/3.16.1/3.16.2 to 4.0, 3.18.0/3.18.1 to 4.0, 3.18 to 4.1, 4.0 to 4.1, 4.0 to 4.2, 4.1 to 4.2, 4.0, 4.1 or 4.2 to 4.3, and 4.1, 4.2 or 4.3 to 4.4. The message gives the shortest supported route; among equally short ones, it prefers the one whose first hop your clusters can take now, without a Kubernetes-only step (3.18.1 on Kubernetes 1.28 goes through 4.0, since 3.18 to 4.1 needs 1.30 first), then the newer intermediate release. Each hop names an exact version (to: 4.0.0); write the patch you downloaded.\n\nWhy: \"Any other pair is unsupported; a longer journey (3.18 -> 4.0 -> 4.3) is a sequence of supported edges, each its own upgrade.\" [source: pre-upgrade.mdx and its 4.1 and 4.2 revisions; v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older revisions)]\n\nFix: Write one step per hop of the route the message gives (here 3.18 -> 4.1 -> 4.3: steps to a 4.1 release first, later steps to 4.3.0), each hop its own upgrade with its own Core package. When the path starts only from certain patches, move the clusters to one of those patches first. acp-upgrade-check suggest --target VERSION writes such a plan.",
        "markdown": "_A step takes an unsupported upgrade path._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Each step that changes a cluster's Distribution Version to another release\nfollows a supported upgrade path of the catalog, from a source patch the path allows. The\nsupported paths are 3.16.0/3.16.1/3.16.2 to 4.0, 3.18.0/3.18.1 to 4.0, 3.18 to 4.1, 4.0 to 4.1,\n4.0 to 4.2, 4.1 to 4.2, 4.0, 4.1 or 4.2 to 4.3, and 4.1, 4.2 or 4.3 to 4.4. The message gives\nthe shortest supported route; among equally short ones, it prefers the one whose first hop your\nclusters can take now, without a Kubernetes-only step (3.18.1 on Kubernetes 1.28 goes through\n4.0, since 3.18 to 4.1 needs 1.30 first), then the newer intermediate release. Each hop names an\nexact version (`to: 4.0.0`); write the patch you downloaded.\n\n**Why.** \"Any other pair is unsupported; a longer journey (3.18 -> 4.0 -> 4.3) is a sequence of\nsupported edges, each its own upgrade.\" [source: pre-upgrade.mdx and its 4.1 and 4.2 revisions;\nv3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older\nrevisions)]\n\n**Example.** A 3.18.1 platform going straight to 4.3:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    version: 3.18.1\n    kubernetes: 1.30.9\n    minioFreeGB: 240\n  - name: prod-a\n    version: 3.18.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 3.18.1\n    kubernetes: 1.30.9\n```\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Write one step per hop of the route the message gives (here 3.18 -> 4.1 -> 4.3: steps\nto a 4.1 release first, later steps to 4.3.0), each hop its own upgrade with its own Core\npackage. When the path starts only from certain patches, move the clusters to one of those\npatches first. `acp-upgrade-check suggest --target VERSION` writes such a plan."
    },
    "path/kubernetes-prerequisite": {
        "anchor": "path-kubernetes-prerequisite",
        "fullDescription": "When a path's prerequisite is a minimum Kubernetes version for all clusters: when the global tier (the DR standby or the primary) takes the path, every cluster of the global tier runs at least that version, the one that has not moved yet included; and each cluster that takes the path runs it as it moves.",
        "text": "What it checks: When a path's prerequisite is a minimum Kubernetes version for all clusters: when the global tier (the DR standby or the primary) takes the path, every cluster of the global tier runs at least that version, the one that has not moved yet included; and each cluster that takes the path runs it as it moves.\n\nWhy: From the upgrade paths: \"4.0 -> 4.2: all clusters on Kubernetes >= 1.31\", \"4.1 -> 4.2: all clusters on Kubernetes >= 1.32\" [source: pre-upgrade.mdx at its 4.2 revision]; \"4.0 -> 4.1: all clusters on Kubernetes 1.31\", \"3.18 -> 4.1: all clusters on Kubernetes >= 1.30\" [source: pre-upgrade.mdx at its 4.1 revisions]; 3.16 and 3.18 to 4.0: \"Kubernetes >= 1.28 on all clusters\" [source: v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx, older revisions].\n\nFix: Add the Kubernetes step the message names before the move, inside the cluster's current release (here cluster: global, kubernetes: \"1.31\").",
        "markdown": "_A cluster's Kubernetes is below the upgrade path's minimum._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When a path's prerequisite is a minimum Kubernetes version for all\nclusters: when the global tier (the DR standby or the primary) takes the path, every cluster of\nthe global tier runs at least that version, the one that has not moved yet included; and each\ncluster that takes the path runs it as it moves.\n\n| path                                  | prerequisite                              |\n| ------------------------------------- | ----------------------------------------- |\n| 3.16.0-3.16.2 or 3.18.0-3.18.1 to 4.0 | every cluster on Kubernetes 1.28 or later |\n| 3.18 to 4.1                           | every cluster on Kubernetes 1.30 or later |\n| 4.0 to 4.1, 4.0 to 4.2                | every cluster on Kubernetes 1.31 or later |\n| 4.1 to 4.2                            | every cluster on Kubernetes 1.32 or later |\n\n(Workload clusters that stay behind while the global tier moves are checked by\n[order/workload-kubernetes](#order-workload-kubernetes).)\n\n**Why.** From the upgrade paths: \"4.0 -> 4.2: all clusters on Kubernetes >= 1.31\", \"4.1 -> 4.2:\nall clusters on Kubernetes >= 1.32\" [source: pre-upgrade.mdx at its 4.2 revision]; \"4.0 -> 4.1:\nall clusters on Kubernetes 1.31\", \"3.18 -> 4.1: all clusters on Kubernetes >= 1.30\" [source:\npre-upgrade.mdx at its 4.1 revisions]; 3.16 and 3.18 to 4.0: \"Kubernetes >= 1.28 on all\nclusters\" [source: v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and\nv3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx, older revisions].\n\n**Example.** The global runs Kubernetes 1.30 and moves from 4.0 to 4.2 (this inventory has no\n4.2 Core package either, so `packages/core-missing` appears as well):\n\n```yaml\n# examples/acp-4.0-topolvm/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    version: 4.0.3\n    kubernetes: 1.30.8\n    minioFreeGB: 180\n  - name: region1\n    version: 4.0.3\n    kubernetes: 1.31.6\n  - name: region2\n    version: 4.0.3\n    kubernetes: 1.31.6\n```\n\n```yaml\n# examples/acp-4.0-topolvm/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.2.1\n  - cluster: global\n    to: 4.3.0\n  - clusters: [region1, region2]\n    to: 4.3.0\n```\n\n**Fix.** Add the Kubernetes step the message names before the move, inside the cluster's current\nrelease (here `cluster: global`, `kubernetes: \"1.31\"`)."
    },
    "path/source-patch": {
        "anchor": "path-source-patch",
        "fullDescription": "When the global tier (standby or primary) takes an upgrade path that starts only from listed patches (3.16.0, 3.16.1 or 3.16.2 to 4.0; 3.18.0 or 3.18.1 to 4.0), every cluster of the platform that has not taken it yet is on one of those patches. (The moving cluster's own patch is path/unsupported's.)",
        "text": "What it checks: When the global tier (standby or primary) takes an upgrade path that starts only from listed patches (3.16.0, 3.16.1 or 3.16.2 to 4.0; 3.18.0 or 3.18.1 to 4.0), every cluster of the platform that has not taken it yet is on one of those patches. (The moving cluster's own patch is path/unsupported's.)\n\nWhy: The 3.x to 4.0 guides require \"all clusters on one of those 3.16 patches\" (and \"all clusters on 3.18.0/3.18.1\"). A workload left on another patch, or on an older release, cannot follow the global tier: its only target would be a version no path leads to from where it is. [source: v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older revisions)]\n\nFix: Bring every cluster to one of the listed patches first, or check the versions in clusters.yaml. This describes what ACP cannot do, so it cannot be waived.",
        "markdown": "_A cluster is on a patch the upgrade path does not start from._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** When the global tier (standby or primary) takes an upgrade path that starts only from listed\npatches (3.16.0, 3.16.1 or 3.16.2 to 4.0; 3.18.0 or 3.18.1 to 4.0), every cluster of the platform\nthat has not taken it yet is on one of those patches. (The moving cluster's own patch is\n[path/unsupported](#path-unsupported)'s.)\n\n**Why.** The 3.x to 4.0 guides require \"all clusters on one of those 3.16 patches\" (and \"all clusters on\n3.18.0/3.18.1\"). A workload left on another patch, or on an older release, cannot follow the\nglobal tier: its only target would be a version no path leads to from where it is.\n[source: v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx\n(older revisions)]\n\n**Example.** `prod-b` is still on 3.16.2 when the global cluster leaves 3.18.1 for 4.0:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    version: 3.18.1\n    kubernetes: 1.30.9\n    minioFreeGB: 240\n  - name: prod-a\n    version: 3.18.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 3.16.2\n    kubernetes: 1.30.9\n```\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.0.3\nsteps:\n  - cluster: global\n    to: 4.0.3\n  - clusters: [prod-a, prod-b]\n    to: 4.0.3\n```\n\n**Fix.** Bring every cluster to one of the listed patches first, or check the versions in\n`clusters.yaml`. This describes what ACP cannot do, so it cannot be waived."
    },
    "path/edge-prerequisite": {
        "anchor": "path-edge-prerequisite",
        "fullDescription": "When the global tier first takes an upgrade path with prerequisites beyond Kubernetes (3.18 to 4.1: Istio on 1.22, CostManager/Kubecost uninstalled), an application in apps.yaml that breaks one (its name or display name contains kubecost, costmanager or cost manager) is an error. Otherwise a notice lists what to verify by hand, since only the platform can tell.",
        "text": "What it checks: When the global tier first takes an upgrade path with prerequisites beyond Kubernetes (3.18 to 4.1: Istio on 1.22, CostManager/Kubecost uninstalled), an application in apps.yaml that breaks one (its name or display name contains kubecost, costmanager or cost manager) is an error. Otherwise a notice lists what to verify by hand, since only the platform can tell.\n\nWhy: The 4.1 revision of the pre-upgrade page lists, for upgrades from 3.18, \"Istio 1.22; CostManager/Kubecost uninstalled\" beside the Kubernetes minimum. [source: pre-upgrade.mdx at its 4.1 revision]\n\nFix: Uninstall the application before the window and export apps.yaml again; verify the other prerequisites on the platform.",
        "markdown": "_An upgrade path's prerequisites beyond Kubernetes._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When the global tier first takes an upgrade path with prerequisites beyond Kubernetes (3.18 to\n4.1: Istio on 1.22, CostManager/Kubecost uninstalled), an application in `apps.yaml` that breaks\none (its name or display name contains `kubecost`, `costmanager` or `cost manager`) is an error.\nOtherwise a **notice** lists what to verify by hand, since only the platform can tell.\n\n**Why.** The 4.1 revision of the pre-upgrade page lists, for upgrades from 3.18, \"Istio 1.22;\nCostManager/Kubecost uninstalled\" beside the Kubernetes minimum. [source: pre-upgrade.mdx at its\n4.1 revision]\n\n**Example.** Kubecost is installed and the platform goes from 3.18.1 to 4.1:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    version: 3.18.1\n    kubernetes: 1.30.9\n    minioFreeGB: 240\n```\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  kubecost:\n    displayName: Kubecost\n    type: ModulePlugin\n    installed:\n      - clusterName: global\n        version: 3.18.0\n```\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.1.0\nsteps:\n  - cluster: global\n    to: 4.1.0\n```\n\n**Fix.** Uninstall the application before the window and export `apps.yaml` again; verify the other\nprerequisites on the platform."
    },
    "path/no-op-step": {
        "anchor": "path-no-op-step",
        "fullDescription": "Every cluster a step names changes: its Distribution Version, or its Kubernetes. A step that repeats an earlier one, or names a version the cluster already runs, is reported.",
        "text": "What it checks: Every cluster a step names changes: its Distribution Version, or its Kubernetes. A step that repeats an earlier one, or names a version the cluster already runs, is reported.\n\nWhy: Each step is a maintenance window (ACP-FACTS ordering rule 7: \"Each cluster upgrade is one maintenance window\"); a step that does nothing would print a window of its own in the runbook. [source: overview.mdx]\n\nFix: Remove the cluster from the step (or the step).",
        "markdown": "_A step changes nothing for a cluster._\n\n**Severity:** warning · **Can be waived:** yes\n\n**What it checks.** Every cluster a step names changes: its Distribution Version, or its Kubernetes. A step that\nrepeats an earlier one, or names a version the cluster already runs, is reported.\n\n**Why.** Each step is a maintenance window (ACP-FACTS ordering rule 7: \"Each cluster upgrade is one\nmaintenance window\"); a step that does nothing would print a window of its own in the runbook.\n[source: overview.mdx]\n\n**Example.** The global cluster's step is written twice:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Remove the cluster from the step (or the step)."
    },
    "path/downgrade": {
        "anchor": "path-downgrade",
        "fullDescription": "No step lowers a cluster's Distribution Version or Kubernetes version, and the target is not below the global cluster's current version.",
        "text": "What it checks: No step lowers a cluster's Distribution Version or Kubernetes version, and the target is not below the global cluster's current version.\n\nWhy: Every supported upgrade path leads from an older release to a newer one; \"any other pair is unsupported\" [source: pre-upgrade.mdx]. A lower version in the plan is a typo or a step that is already done.\n\nFix: Correct the version, or remove the step. If clusters.yaml is out of date (the cluster was upgraded since), update it instead.",
        "markdown": "_A step lowers a version._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** No step lowers a cluster's Distribution Version or Kubernetes version, and\nthe target is not below the global cluster's current version.\n\n**Why.** Every supported upgrade path leads from an older release to a newer one; \"any other\npair is unsupported\" [source: pre-upgrade.mdx]. A lower version in the plan is a typo or a step\nthat is already done.\n\n**Example.** `prod-b` already runs Kubernetes 1.33.4:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: prod-b\n    kubernetes: \"1.32\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Correct the version, or remove the step. If `clusters.yaml` is out of date (the cluster\nwas upgraded since), update it instead."
    },
    "path/target-not-reached": {
        "anchor": "path-target-not-reached",
        "fullDescription": "After the last step, the global cluster (and the DR standby, if there is one) is on the plan's target.",
        "text": "What it checks: After the last step, the global cluster (and the DR standby, if there is one) is on the plan's target.\n\nWhy: The target is the version the global tier must reach; with global DR \"the standby global is upgraded before the primary, and both must reach the target before any workload cluster is upgraded to it\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]. A plan that stops short of the target is incomplete.\n\nFix: Add the missing steps (the message gives the route), or lower the target.",
        "markdown": "_The global tier does not reach the target._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** After the last step, the global cluster (and the DR standby, if there is one)\nis on the plan's `target`.\n\n**Why.** The target is the version the global tier must reach; with global DR \"the standby global is\nupgraded before the primary, and both must reach the target before any workload cluster is upgraded\nto it\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]. A plan that\nstops short of the target is incomplete.\n\n**Example.** The standby moves, the primary does not:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n```\n\n**Fix.** Add the missing steps (the message gives the route), or lower the target."
    },
    "order/global-first": {
        "anchor": "order-global-first",
        "fullDescription": "A workload cluster is upgraded only to a Distribution Version that the primary global, and the DR standby where there is one, have already reached at that step.",
        "text": "What it checks: A workload cluster is upgraded only to a Distribution Version that the primary global, and the DR standby where there is one, have already reached at that step.\n\nWhy: \"Global tier first, workload clusters second.\" \"A workload cluster can be upgraded only to a Distribution Version that the global tier has already reached.\" With global DR, \"both must reach the target before any workload cluster is upgraded to it.\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\nFix: Move the workload steps after the steps that bring the global tier (standby, then primary) to that version. When the check fails an order/* or path/* rule, the comment shows a suggested plan that passes.",
        "markdown": "_A workload cluster moves before the global tier._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** A workload cluster is upgraded only to a Distribution Version that the\nprimary global, and the DR standby where there is one, have already reached at that step.\n\n**Why.** \"Global tier first, workload clusters second.\" \"A workload cluster can be upgraded only\nto a Distribution Version that the global tier has already reached.\" With global DR, \"both must\nreach the target before any workload cluster is upgraded to it.\" [source: overview.mdx,\nupgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\n**Example.** The workloads move before the standby and the primary:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n```\n\n**Fix.** Move the workload steps after the steps that bring the global tier (standby, then\nprimary) to that version. When the check fails an `order/*` or `path/*` rule, the comment shows\na suggested plan that passes."
    },
    "order/workload-target": {
        "anchor": "order-workload-target",
        "fullDescription": "A workload step's to is the Distribution Version the global cluster is on at that point: not a release the global tier already left, and not another patch of its release. (A to the global tier has not reached yet is order/global-first's.)",
        "text": "What it checks: A workload step's to is the Distribution Version the global cluster is on at that point: not a release the global tier already left, and not another patch of its release. (A to the global tier has not reached yet is order/global-first's.)\n\nWhy: \"The target version is the current global cluster version and cannot be selected manually\" (Web Console); a workload cluster's version is lower than the current global's before its upgrade. [source: upgrade_workload_cluster.mdx]\n\nFix: Set the workload step's to to the global's version at that point; for a multi-hop journey, move the workloads at each stop before the global tier leaves it.",
        "markdown": "_A workload goes to another version than the global's current one._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** A workload step's `to` is the Distribution Version the global cluster is on at that point: not\na release the global tier already left, and not another patch of its release. (A `to` the global\ntier has not reached yet is [order/global-first](#order-global-first)'s.)\n\n**Why.** \"The target version is the current `global` cluster version and cannot be selected manually\"\n(Web Console); a workload cluster's version is lower than the current global's before its\nupgrade. [source: upgrade_workload_cluster.mdx]\n\n**Example.** The global cluster goes on to 4.3.1; the workloads are sent to 4.3.0:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.1\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.1\n  - cluster: global\n    to: 4.3.1\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Set the workload step's `to` to the global's version at that point; for a multi-hop journey,\nmove the workloads at each stop before the global tier leaves it."
    },
    "order/dr-standby-first": {
        "anchor": "order-dr-standby-first",
        "fullDescription": "With global disaster recovery, the primary global moves to a version only after the standby has reached it. (A workload that moves too early is reported by order/global-first only.)",
        "text": "What it checks: With global disaster recovery, the primary global moves to a version only after the standby has reached it. (A workload that moves too early is reported by order/global-first only.)\n\nWhy: \"With global DR, the standby global is upgraded before the primary, and both must reach the target before any workload cluster is upgraded to it.\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\nFix: Put the standby's step before the primary's.",
        "markdown": "_The primary global moves before the DR standby._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** With global disaster recovery, the primary global moves to a version only\nafter the standby has reached it. (A workload that moves too early is reported by\n[order/global-first](#order-global-first) only.)\n\n**Why.** \"With global DR, the standby global is upgraded before the primary, and both must reach the\ntarget before any workload cluster is upgraded to it.\" [source: overview.mdx,\nupgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\n**Example.**\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global\n    to: 4.3.0\n  - cluster: global-dr\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Put the standby's step before the primary's."
    },
    "order/workload-kubernetes": {
        "anchor": "order-workload-kubernetes",
        "fullDescription": "When the global tier moves to a release (the DR standby's step, where there is one, and the primary's), every workload cluster already meets that upgrade path's Kubernetes prerequisite: for 4.3, a Kubernetes version inside 4.3's Compatible Versions (1.31, 1.32, 1.33, 1.34); for 4.2 and earlier, the minimum of the path (for example 1.31 or later from 4.0 to 4.2). A workload out of range at both steps is reported once, at the primary's step; the message names the Kubernetes step to add and before which step (the first one that moves the global tier). A workload that runs a Kubernetes newer than the release accepts is reported too: no step can lower Kubernetes, so the inventory or the target is wrong.",
        "text": "What it checks: When the global tier moves to a release (the DR standby's step, where there is one, and the primary's), every workload cluster already meets that upgrade path's Kubernetes prerequisite: for 4.3, a Kubernetes version inside 4.3's Compatible Versions (1.31, 1.32, 1.33, 1.34); for 4.2 and earlier, the minimum of the path (for example 1.31 or later from 4.0 to 4.2). A workload out of range at both steps is reported once, at the primary's step; the message names the Kubernetes step to add and before which step (the first one that moves the global tier). A workload that runs a Kubernetes newer than the release accepts is reported too: no step can lower Kubernetes, so the inventory or the target is wrong.\n\nWhy: \"Compatible Versions = the Kubernetes versions workload clusters may run before the global cluster is upgraded to that release.\" \"Target 4.3 and later: every workload cluster must be within the target's Compatible Versions when the global tier is upgraded.\" \"Target 4.2 and earlier: every workload cluster must first be on the latest Kubernetes of its compatible list.\" [source: docs/en/overview/kubernetes-support-matrix.mdx; pre-upgrade.mdx] And: \"If a workload cluster is outside the target's Compatible Versions, upgrade that workload cluster's Kubernetes first (within its current release), then the global tier.\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\nFix: Add a Kubernetes-only step for the workload before the global's step, inside its current release: here cluster: prod-a, kubernetes: \"1.31\" first.",
        "markdown": "_A workload's Kubernetes is outside the release the global moves to._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When the global tier moves to a release (the DR standby's step, where there\nis one, and the primary's), every workload cluster already meets that upgrade path's Kubernetes\nprerequisite: for 4.3, a Kubernetes version inside 4.3's Compatible Versions (1.31, 1.32, 1.33,\n1.34); for 4.2 and earlier, the minimum of the path (for example 1.31 or later from 4.0 to 4.2).\nA workload out of range at both steps is reported once, at the primary's step; the message names\nthe Kubernetes step to add and before which step (the first one that moves the global tier). A\nworkload that runs a Kubernetes newer than the release accepts is reported too: no step can lower\nKubernetes, so the inventory or the target is wrong.\n\n**Why.** \"Compatible Versions = the Kubernetes versions workload clusters may run before the global\ncluster is upgraded to that release.\" \"Target 4.3 and later: every workload cluster must be within\nthe target's Compatible Versions when the global tier is upgraded.\" \"Target 4.2 and earlier: every\nworkload cluster must first be on the latest Kubernetes of its compatible list.\" [source:\ndocs/en/overview/kubernetes-support-matrix.mdx; pre-upgrade.mdx] And: \"If a workload cluster is\noutside the target's Compatible Versions, upgrade that workload cluster's Kubernetes first (within\nits current release), then the global tier.\" [source: overview.mdx, upgrade_global_cluster.mdx,\nupgrade_workload_cluster.mdx]\n\n| ACP | Compatible Versions (workloads, before the global moves there) |\n| --- | -------------------------------------------------------------- |\n| 4.3 | 1.34, 1.33, 1.32, 1.31                                         |\n| 4.2 | 1.33, 1.32, 1.31, 1.30                                         |\n| 4.1 | 1.32, 1.31, 1.30, 1.29                                         |\n| 4.0 | 1.31, 1.30, 1.29, 1.28                                         |\n\n**Example.** `prod-a` runs Kubernetes 1.30.9, outside 4.3's Compatible Versions, and the plan\nforgets to move it first:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Add a Kubernetes-only step for the workload before the global's step, inside its\ncurrent release: here `cluster: prod-a`, `kubernetes: \"1.31\"` first."
    },
    "order/workload-left-behind": {
        "anchor": "order-workload-left-behind",
        "fullDescription": "After the last step, a workload cluster is still on an older release than the global cluster, with a Kubernetes inside the target's Compatible Versions. That is allowed, and the notice says so; its operators are not pushed to it in this plan's runbook.",
        "text": "What it checks: After the last step, a workload cluster is still on an older release than the global cluster, with a Kubernetes inside the target's Compatible Versions. That is allowed, and the notice says so; its operators are not pushed to it in this plan's runbook.\n\nWhy: \"Workload clusters inside the target's support matrix may stay on their release after the global moves; upgrading them is then optional.\" [source: overview.mdx]\n\nFix: Nothing is required. To upgrade the workload too, add a step to the global's version.",
        "markdown": "_A workload stays on an older release (allowed inside the matrix)._\n\n**Severity:** notice · **Can be waived:** yes\n\n**What it checks.** After the last step, a workload cluster is still on an older release than the global\ncluster, with a Kubernetes inside the target's Compatible Versions. That is allowed, and the\nnotice says so; its operators are not pushed to it in this plan's runbook.\n\n**Why.** \"Workload clusters inside the target's support matrix may stay on their release after the\nglobal moves; upgrading them is then optional.\" [source: overview.mdx]\n\n**Example.** `prod-b` stays on 4.2.1:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - cluster: prod-a\n    to: 4.3.0\n```\n\n**Fix.** Nothing is required. To upgrade the workload too, add a step to the global's version."
    },
    "order/kubernetes-step": {
        "anchor": "order-kubernetes-step",
        "fullDescription": "A step with kubernetes and no to keeps the cluster on its release, so the new Kubernetes version must be one that release supports (its Compatible Versions, table above). 3.16 and 3.18 have no matrix in the current documents, so their Kubernetes steps are not checked.",
        "text": "What it checks: A step with kubernetes and no to keeps the cluster on its release, so the new Kubernetes version must be one that release supports (its Compatible Versions, table above). 3.16 and 3.18 have no matrix in the current documents, so their Kubernetes steps are not checked.\n\nWhy: Kubernetes is upgraded \"first (within its current release), then the global tier\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]; which versions a release runs comes from the support matrix [source: docs/en/overview/kubernetes-support-matrix.mdx].\n\nFix: Pick a version inside the current release's range (the lowest one the next step accepts is enough: here 1.31), and let the Distribution Version step bring the rest.",
        "markdown": "_A Kubernetes-only step leaves the release's Compatible Versions._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** A step with `kubernetes` and no `to` keeps the cluster on its release, so the\nnew Kubernetes version must be one that release supports (its Compatible Versions, table above).\n3.16 and 3.18 have no matrix in the current documents, so their Kubernetes steps are not checked.\n\n**Why.** Kubernetes is upgraded \"first (within its current release), then the global tier\" [source:\noverview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]; which versions a release\nruns comes from the support matrix [source: docs/en/overview/kubernetes-support-matrix.mdx].\n\n**Example.** 4.2 runs Kubernetes 1.30 to 1.33; 1.34 comes with 4.3:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.34\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Pick a version inside the current release's range (the lowest one the next step\naccepts is enough: here 1.31), and let the Distribution Version step bring the rest."
    },
    "order/kubernetes-with-core": {
        "anchor": "order-kubernetes-with-core",
        "fullDescription": "When a step moves a cluster to a release, the cluster's Kubernetes after the step is a version that release supports for cluster creation (4.3: 1.34; 4.2: 1.33; 4.1: 1.32; 4.0: 1.31, 1.30, 1.29 or 1.28). Without kubernetes in the step, the cluster moves to that version by itself (4.1 and later; on 4.0 it keeps its Kubernetes), so this appears only when the step pins another version.",
        "text": "What it checks: When a step moves a cluster to a release, the cluster's Kubernetes after the step is a version that release supports for cluster creation (4.3: 1.34; 4.2: 1.33; 4.1: 1.32; 4.0: 1.31, 1.30, 1.29 or 1.28). Without kubernetes in the step, the cluster moves to that version by itself (4.1 and later; on 4.0 it keeps its Kubernetes), so this appears only when the step pins another version.\n\nWhy: \"A cluster's Kubernetes is upgraded together with its Core and Aligned plugins in the same window: a new Core on an old Kubernetes minor is not validated.\" The 3.x -> 4.0 guides say the Kubernetes component \"can be left unupgraded\" but \"strongly recommend\" upgrading it with ACP: hence a warning, not an error. [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx; docs/en/overview/kubernetes-support-matrix.mdx]\n\nFix: Drop kubernetes from the step, or set it to the release's version. If you have a reason to stay (a vendor exception), waive it for that cluster, with the reason and an expiry.",
        "markdown": "_A cluster reaches a release without that release's Kubernetes._\n\n**Severity:** warning · **Can be waived:** yes\n\n**What it checks.** When a step moves a cluster to a release, the cluster's Kubernetes after the\nstep is a version that release supports for cluster creation (4.3: 1.34; 4.2: 1.33; 4.1: 1.32;\n4.0: 1.31, 1.30, 1.29 or 1.28). Without `kubernetes` in the step, the cluster moves to that\nversion by itself (4.1 and later; on 4.0 it keeps its Kubernetes), so this appears only when\nthe step pins another version.\n\n**Why.** \"A cluster's Kubernetes is upgraded together with its Core and Aligned plugins in the\nsame window: a new Core on an old Kubernetes minor is not validated.\" The 3.x -> 4.0 guides say\nthe Kubernetes component \"can be left unupgraded\" but \"strongly recommend\" upgrading it with ACP:\nhence a warning, not an error. [source: overview.mdx, upgrade_global_cluster.mdx,\nupgrade_workload_cluster.mdx; docs/en/overview/kubernetes-support-matrix.mdx]\n\n**Example.**\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n    kubernetes: \"1.33\"\n```\n\n**Fix.** Drop `kubernetes` from the step, or set it to the release's version. If you have a\nreason to stay (a vendor exception), waive it for that cluster, with the reason and an expiry."
    },
    "order/immutable-multi-minor": {
        "anchor": "order-immutable-multi-minor",
        "fullDescription": "For a cluster with infrastructure: immutable in clusters.yaml, no step raises Kubernetes by more than one minor version.",
        "text": "What it checks: For a cluster with infrastructure: immutable in clusters.yaml, no step raises Kubernetes by more than one minor version.\n\nWhy: \"On immutable infrastructure, a Kubernetes jump of more than one minor needs intermediate-version artifacts staged first.\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\nFix: Stage the artifacts of the intermediate Kubernetes versions the message lists before the window, or move the cluster's Kubernetes closer first with Kubernetes-only steps inside its current release.",
        "markdown": "_An immutable-infrastructure cluster jumps more than one Kubernetes minor._\n\n**Severity:** warning · **Can be waived:** yes\n\n**What it checks.** For a cluster with `infrastructure: immutable` in `clusters.yaml`, no step\nraises Kubernetes by more than one minor version.\n\n**Why.** \"On immutable infrastructure, a Kubernetes jump of more than one minor needs\nintermediate-version artifacts staged first.\" [source: overview.mdx, upgrade_global_cluster.mdx,\nupgrade_workload_cluster.mdx]\n\n**Example.** `prod-a` is marked immutable; its upgrade to 4.3 takes it from Kubernetes 1.31 to\n1.34:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n    infrastructure: immutable\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Stage the artifacts of the intermediate Kubernetes versions the message lists before\nthe window, or move the cluster's Kubernetes closer first with Kubernetes-only steps inside its\ncurrent release."
    },
    "state/workload-ahead": {
        "anchor": "state-workload-ahead",
        "fullDescription": "Before the first step, no workload cluster is on a higher Distribution Version than the primary global or the DR standby.",
        "text": "What it checks: Before the first step, no workload cluster is on a higher Distribution Version than the primary global or the DR standby.\n\nWhy: \"A workload cluster can be upgraded only to a Distribution Version that the global tier has already reached.\" [source: overview.mdx, upgrade_workload_cluster.mdx]\n\nFix: Check the versions in clusters.yaml against the platform.",
        "markdown": "_A workload starts on a newer version than the global tier._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Before the first step, no workload cluster is on a higher Distribution Version than the primary\nglobal or the DR standby.\n\n**Why.** \"A workload cluster can be upgraded only to a Distribution Version that the global tier has\nalready reached.\" [source: overview.mdx, upgrade_workload_cluster.mdx]\n\n**Example.** `prod-b` is listed on 4.3.0 under a 4.2.1 global:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 4.3.0\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Check the versions in `clusters.yaml` against the platform."
    },
    "state/dr-standby-behind": {
        "anchor": "state-dr-standby-behind",
        "fullDescription": "Before the first step, the DR standby is not on a lower Distribution Version than the primary global. (A standby ahead of the primary is an upgrade being resumed, and fine.)",
        "text": "What it checks: Before the first step, the DR standby is not on a lower Distribution Version than the primary global. (A standby ahead of the primary is an upgrade being resumed, and fine.)\n\nWhy: \"With global DR, the standby global is upgraded before the primary.\" [source: overview.mdx, upgrade_global_cluster.mdx]\n\nFix: Check the standby's version; bring it to the primary's version before planning the next upgrade.",
        "markdown": "_The DR standby starts behind the primary._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Before the first step, the DR standby is not on a lower Distribution Version than the primary\nglobal. (A standby ahead of the primary is an upgrade being resumed, and fine.)\n\n**Why.** \"With global DR, the standby global is upgraded before the primary.\" [source: overview.mdx,\nupgrade_global_cluster.mdx]\n\n**Example.** The standby is listed on 4.2.0 behind a 4.2.1 primary:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.0\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Check the standby's version; bring it to the primary's version before planning the next\nupgrade."
    },
    "state/kubernetes-unsupported": {
        "anchor": "state-kubernetes-unsupported",
        "fullDescription": "Before the first step, every cluster on a 4.x release runs a Kubernetes minor among its release's Compatible Versions, and every workload one among the Compatible Versions of the global cluster's release.",
        "text": "What it checks: Before the first step, every cluster on a 4.x release runs a Kubernetes minor among its release's Compatible Versions, and every workload one among the Compatible Versions of the global cluster's release.\n\nWhy: The Kubernetes support matrix: Compatible Versions are \"the Kubernetes versions workload clusters may run before the global cluster is upgraded to that release\". A platform outside it is already unsupported; a Kubernetes step comes first. [source: docs/en/overview/kubernetes-support-matrix.mdx]\n\nFix: Check the Kubernetes version in clusters.yaml; on the platform, bring the cluster into its release's range before planning an upgrade.",
        "markdown": "_A cluster starts on a Kubernetes its release's matrix does not support._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Before the first step, every cluster on a 4.x release runs a Kubernetes minor among its\nrelease's Compatible Versions, and every workload one among the Compatible Versions of the global\ncluster's release.\n\n**Why.** The Kubernetes support matrix: Compatible Versions are \"the Kubernetes versions workload\nclusters may run before the global cluster is upgraded to that release\". A platform outside it\nis already unsupported; a Kubernetes step comes first. [source:\ndocs/en/overview/kubernetes-support-matrix.mdx]\n\n**Example.** `prod-a` runs Kubernetes 1.28, which no 4.2 cluster runs:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.28.9\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Check the Kubernetes version in `clusters.yaml`; on the platform, bring the cluster into its\nrelease's range before planning an upgrade."
    },
    "catalog/override": {
        "anchor": "catalog-override",
        "fullDescription": "An entry of the inventory's catalog.yaml that replaces a built-in one (the same release, upgrade path or package rule id) with other facts. The comment lists every override with both versions of the facts, and the report's catalog field names them. The action's input catalog-overrides decides what an override is: warn (the default), error, or allow (listed, no finding). An upgrade path between two releases the built-in catalog knows, which it does not list, is an override too: the documentation says that path is not supported. Entries that only add (a release the catalog lacks, and paths to it) are listed as added.",
        "text": "What it checks: An entry of the inventory's catalog.yaml that replaces a built-in one (the same release, upgrade path or package rule id) with other facts. The comment lists every override with both versions of the facts, and the report's catalog field names them. The action's input catalog-overrides decides what an override is: warn (the default), error, or allow (listed, no finding). An upgrade path between two releases the built-in catalog knows, which it does not list, is an override too: the documentation says that path is not supported. Entries that only add (a release the catalog lacks, and paths to it) are listed as added.\n\nWhy: A pull request can change catalog.yaml together with the plan: an override that widens a release's Compatible Versions would remove an error, and the rules a plan is judged by must not change silently. The built-in catalog restates the ACP documentation, each entry with its source.\n\nFix: Remove the entry unless the ACP documentation changed (then the built-in catalog will follow); protect catalog.yaml with CODEOWNERS so that a change to it is reviewed. It cannot be waived: the workflow decides with catalog-overrides.",
        "markdown": "_catalog.yaml replaces a built-in release, upgrade path or package rule._\n\n**Severity:** warning · **Can be waived:** no\n\n**What it checks.** An entry of the inventory's `catalog.yaml` that replaces a built-in one (the same release,\nupgrade path or package rule id) with other facts. The comment lists every override with both\nversions of the facts, and the report's `catalog` field names them. The action's input\n`catalog-overrides` decides what an override is: `warn` (the default), `error`, or `allow` (listed,\nno finding). An upgrade path between two releases the built-in catalog knows, which it does not\nlist, is an override too: the documentation says that path is not supported. Entries that only\nadd (a release the catalog lacks, and paths to it) are listed as added.\n\n**Why.** A pull request can change `catalog.yaml` together with the plan: an override that widens a\nrelease's Compatible Versions would remove an error, and the rules a plan is judged by must not\nchange silently. The built-in catalog restates the ACP documentation, each entry with its source.\n\n**Example.** A catalog.yaml widens 4.3's Compatible Versions to accept Kubernetes 1.30:\n\n```yaml\n# examples/acp/catalog.yaml\nreleases:\n  - version: \"4.3\"\n    kubernetes:\n      creation: [\"1.34\"]\n      compatible: [\"1.34\", \"1.33\", \"1.32\", \"1.31\", \"1.30\"]\n    source: our own notes\n```\n\n**Fix.** Remove the entry unless the ACP documentation changed (then the built-in catalog will follow);\nprotect `catalog.yaml` with CODEOWNERS so that a change to it is reviewed. It cannot be waived:\nthe workflow decides with `catalog-overrides`."
    },
    "packages/core-missing": {
        "anchor": "packages-core-missing",
        "fullDescription": "packages.yaml has a core: entry for every Distribution Version the plan moves a cluster to: every hop of a multi-hop journey needs its own.",
        "text": "What it checks: packages.yaml has a core: entry for every Distribution Version the plan moves a cluster to: every hop of a multi-hop journey needs its own.\n\nWhy: \"Core package: from the Customer Portal; carries only the Core artifacts; prepared by upgrade.sh.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]\n\nFix: Download the Core package from the Customer Portal and add - core: VERSION with its file.",
        "markdown": "_No Core package for a version._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** `packages.yaml` has a `core:` entry for every Distribution Version the plan\nmoves a cluster to: every hop of a multi-hop journey needs its own.\n\n**Why.** \"Core package: from the Customer Portal; carries only the Core artifacts; prepared by\n`upgrade.sh`.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]\n\n**Example.** A `packages.yaml` without the Core package:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the Core package from the Customer Portal and add `- core: VERSION` with its\n`file`."
    },
    "packages/missing": {
        "anchor": "packages-missing",
        "fullDescription": "Every application in apps.yaml (every extension violet list exported: cluster plugins, operators and charts, Aligned and Agnostic alike) has a package in packages.yaml, hop by hop. A hop is a Distribution Version the plan moves to (3.18 -> 4.0 -> 4.3 has two); each hop needs the Aligned packages (lifecycle: aligned, or not stated) of the applications on the clusters that move in it. A package serves the hops whose release its acpVersions lists; one without acpVersions serves the final target only. Agnostic packages (lifecycle: agnostic) are needed for the final target only. The finding names the hop, and the packages of that application that serve other hops. For a hop into 4.4, the eleven applications of the \"ACP Upgrade to v4.4\" set (recognised by their whole display name) are needed too, installed or not: one finding lists the members packages.yaml lacks. In 4.4 a missing Agnostic package (known as Agnostic because its other packages say so) is a warning: it does not block the upgrade.",
        "text": "What it checks: Every application in apps.yaml (every extension violet list exported: cluster plugins, operators and charts, Aligned and Agnostic alike) has a package in packages.yaml, hop by hop. A hop is a Distribution Version the plan moves to (3.18 -> 4.0 -> 4.3 has two); each hop needs the Aligned packages (lifecycle: aligned, or not stated) of the applications on the clusters that move in it. A package serves the hops whose release its acpVersions lists; one without acpVersions serves the final target only. Agnostic packages (lifecycle: agnostic) are needed for the final target only. The finding names the hop, and the packages of that application that serve other hops. For a hop into 4.4, the eleven applications of the \"ACP Upgrade to v4.4\" set (recognised by their whole display name) are needed too, installed or not: one finding lists the members packages.yaml lacks. In 4.4 a missing Agnostic package (known as Agnostic because its other packages say so) is a warning: it does not block the upgrade.\n\nWhy: \"Aligned plugins and Agnostic plugins are not in the Core package: each is downloaded separately and pushed with violet push.\" \"Prepare a package for every plugin the clusters currently use, Agnostic ones included, before the window: holding one back forces a second window later.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx] For 4.4: besides the Core package, the scenario \"ACP Upgrade to v4.4\" is downloaded with violet 4.2.13 or later; \"each installed Aligned plugin needs its target package before the request, else CVO stalls\"; \"Missing Agnostic packages do not block CVO\". [source: pre-upgrade.mdx@4eaaa1e0, upgrade_global_cluster.mdx@4eaaa1e0 and @1bb15615]\n\nFix: Download the package and add it to packages.yaml (name is the application name in apps.yaml). The download list in the comment shows every missing one. If an application will be uninstalled before the window, waive it for that package with the reason.",
        "markdown": "_An installed application has no package._\n\n**Severity:** error (a warning for a missing Agnostic package in 4.4) · **Can be waived:** yes\n\n**What it checks.** Every application in `apps.yaml` (every extension `violet list` exported:\ncluster plugins, operators and charts, Aligned and Agnostic alike) has a package in\n`packages.yaml`, hop by hop. A hop is a Distribution Version the plan moves to (3.18 -> 4.0 ->\n4.3 has two); each hop needs the Aligned packages (`lifecycle: aligned`, or not stated) of the\napplications on the clusters that move in it. A package serves the hops whose release its\n`acpVersions` lists; one without `acpVersions` serves the final target only. Agnostic packages\n(`lifecycle: agnostic`) are needed for the final target only. The finding names the hop, and the\npackages of that application that serve other hops. For a hop into 4.4, the eleven applications\nof the \"ACP Upgrade to v4.4\" set (recognised by their whole display name) are needed too,\ninstalled or not: one finding lists the members `packages.yaml` lacks. In 4.4 a missing Agnostic\npackage (known as Agnostic because its other packages say so) is a warning: it does not block\nthe upgrade.\n\n**Why.** \"Aligned plugins and Agnostic plugins are not in the Core package: each is downloaded\nseparately and pushed with `violet push`.\" \"Prepare a package for every plugin the clusters\ncurrently use, Agnostic ones included, before the window: holding one back forces a second\nwindow later.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx] For 4.4:\nbesides the Core package, the scenario \"ACP Upgrade to v4.4\" is downloaded with violet 4.2.13 or\nlater; \"each installed Aligned plugin needs its target package before the request, else CVO\nstalls\"; \"Missing Agnostic packages do not block CVO\". [source: pre-upgrade.mdx@4eaaa1e0,\nupgrade_global_cluster.mdx@4eaaa1e0 and @1bb15615]\n\n**Example.** `redis-operator` runs on `prod-b`, and nobody downloaded it:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the package and add it to `packages.yaml` (`name` is the application name in\n`apps.yaml`). The download list in the comment shows every missing one. If an application will\nbe uninstalled before the window, waive it for that package with the reason."
    },
    "packages/incompatible": {
        "anchor": "packages-incompatible",
        "fullDescription": "When a package in packages.yaml lists acpVersions, they include a release the plan moves to: the target, or an intermediate hop of a multi-hop journey. Such a package is still on the download list and pushed (with the final hop), so that a waiver accepts the risk without losing the work.",
        "text": "What it checks: When a package in packages.yaml lists acpVersions, they include a release the plan moves to: the target, or an intermediate hop of a multi-hop journey. Such a package is still on the download list and pushed (with the final hop), so that a waiver accepts the risk without losing the work.\n\nWhy: acpVersions records the \"ACP compatible versions\" the Customer Portal shows for the package. Aligned plugins are \"released with the ACP version\" and Agnostic plugins \"released independently\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]: a package that does not list the target release is not the one for this upgrade.\n\nFix: Download a version of the package whose ACP compatible versions include the target.",
        "markdown": "_A package excludes the target release._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When a package in `packages.yaml` lists `acpVersions`, they include a\nrelease the plan moves to: the target, or an intermediate hop of a multi-hop journey. Such a\npackage is still on the download list and pushed (with the final hop), so that a waiver accepts\nthe risk without losing the work.\n\n**Why.** `acpVersions` records the \"ACP compatible versions\" the Customer Portal shows for the\npackage. Aligned plugins are \"released with the ACP version\" and Agnostic plugins \"released\nindependently\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]: a\npackage that does not list the target release is not the one for this upgrade.\n\n**Example.** The downloaded `redis-operator` package lists only 4.2:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    acpVersions: [\"4.2\"]\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download a version of the package whose ACP compatible versions include the target."
    },
    "packages/older-than-installed": {
        "anchor": "packages-older-than-installed",
        "fullDescription": "A package's version is not lower than the version of that application installed on any cluster (apps.yaml).",
        "text": "What it checks: A package's version is not lower than the version of that application installed on any cluster (apps.yaml).\n\nWhy: The packages are what the clusters' plugins are upgraded with: \"Prepare a package for every plugin the clusters currently use\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]. A package older than what already runs cannot upgrade it, and is most likely the wrong file.\n\nFix: Download the version the message names, or a later one.",
        "markdown": "_A package is older than what a cluster runs._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** A package's version is not lower than the version of that application\ninstalled on any cluster (`apps.yaml`).\n\n**Why.** The packages are what the clusters' plugins are upgraded with: \"Prepare a package for every\nplugin the clusters currently use\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx,\nextend/upload_package.mdx]. A package older than what already runs cannot upgrade it, and is most\nlikely the wrong file.\n\n**Example.** `metallb` runs as v4.2.5; the downloaded package is 4.2.0:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.2.0\n    file: packages/metallb-v4.2.0.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the version the message names, or a later one."
    },
    "packages/topolvm-prestage": {
        "anchor": "packages-topolvm-prestage",
        "fullDescription": "When the plan moves the global tier from 4.0 to 4.2, 4.1 to 4.2 or 4.0 to 4.3 and TopoLVM is installed on any cluster, packages.yaml has its package; the commands then push it to the clusters that run it before the first global-tier step. TopoLVM is recognised by an application name containing topolvm or a display name containing TopoLVM (case-insensitive), since its exact package name is not public.",
        "text": "What it checks: When the plan moves the global tier from 4.0 to 4.2, 4.1 to 4.2 or 4.0 to 4.3 and TopoLVM is installed on any cluster, packages.yaml has its package; the commands then push it to the clusters that run it before the first global-tier step. TopoLVM is recognised by an application name containing topolvm or a display name containing TopoLVM (case-insensitive), since its exact package name is not public.\n\nWhy: \"From 4.0 to 4.3 with Alauda Build of TopoLVM installed on any target cluster: push the TopoLVM package to those clusters before the upgrade (--clusters \"a,b\"). Not needed from 4.1 or 4.2 to 4.3. The 4.2 revision asks the same for every upgrade to 4.2 (from 4.0 or 4.1): 'If any cluster installed the Alauda Build of TopoLVM, upload that plugin before you proceed'.\" [source: pre-upgrade.mdx, current and 4.2 revision]\n\nFix: Download the TopoLVM package and add it to packages.yaml. The commands push it to the clusters that run it (--clusters) before the first global-tier step.",
        "markdown": "_TopoLVM must be pushed before this upgrade._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When the plan moves the global tier from 4.0 to 4.2, 4.1 to 4.2 or 4.0 to\n4.3 and TopoLVM is installed on any cluster, `packages.yaml` has its package; the commands then\npush it to the clusters that run it before the first global-tier step. TopoLVM is recognised by\nan application name containing `topolvm` or a display name containing `TopoLVM`\n(case-insensitive), since its exact package name is not public.\n\n**Why.** \"From 4.0 to 4.3 with Alauda Build of TopoLVM installed on any target cluster: push the\nTopoLVM package to those clusters before the upgrade (`--clusters \"a,b\"`). Not needed from 4.1\nor 4.2 to 4.3. The 4.2 revision asks the same for every upgrade to 4.2 (from 4.0 or 4.1): 'If any\ncluster installed the Alauda Build of TopoLVM, upload that plugin before you proceed'.\" [source:\npre-upgrade.mdx, current and 4.2 revision]\n\n**Example.** In the 4.0 to 4.3 example, the TopoLVM package was not downloaded:\n\n```yaml\n# examples/acp-4.0-topolvm/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the TopoLVM package and add it to `packages.yaml`. The commands push it to the\nclusters that run it (`--clusters`) before the first global-tier step."
    },
    "packages/log-essentials": {
        "anchor": "packages-log-essentials",
        "fullDescription": "When a log storage plugin is installed (an application whose display name contains Log Storage) and the plan moves the global tier to 4.2 or later (4.2 to 4.3 included), packages.yaml has the Log Essentials package: an entry whose name or display name contains log essentials (case-insensitive; spaces, - and _ alike, or none).",
        "text": "What it checks: When a log storage plugin is installed (an application whose display name contains Log Storage) and the plan moves the global tier to 4.2 or later (4.2 to 4.3 included), packages.yaml has the Log Essentials package: an entry whose name or display name contains log essentials (case-insensitive; spaces, - and _ alike, or none).\n\nWhy: \"From v4.2 on, Alauda Container Platform Log Essentials exists: if the log storage plugin was installed, its package must be uploaded before the upgrade. The current (4.3) page says this for every supported path, 4.2 -> 4.3 included.\" The log storage plugins are \"Alauda Container Platform Log Storage for Elasticsearch\" and \"... for ClickHouse\". [source: pre-upgrade.mdx; install/global_dr.mdx; observability/log/intro.mdx]\n\nFix: Download the Log Essentials package for the target and add it to packages.yaml, with the name the portal gives it; if that name does not say \"Log Essentials\", add a displayName that does:",
        "markdown": "_Log Essentials must be uploaded before this upgrade._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When a log storage plugin is installed (an application whose display name\ncontains `Log Storage`) and the plan moves the global tier to 4.2 or later (4.2 to 4.3\nincluded), `packages.yaml` has the Log Essentials package: an entry whose name or display name\ncontains `log essentials` (case-insensitive; spaces, `-` and `_` alike, or none).\n\n**Why.** \"From v4.2 on, Alauda Container Platform Log Essentials exists: if the log storage\nplugin was installed, its package must be uploaded before the upgrade. The current (4.3) page\nsays this for every supported path, 4.2 -> 4.3 included.\" The log storage plugins are \"Alauda\nContainer Platform Log Storage for Elasticsearch\" and \"... for ClickHouse\". [source:\npre-upgrade.mdx; install/global_dr.mdx; observability/log/intro.mdx]\n\n**Example.** A log storage plugin runs on the global. The application name is whatever\n`violet list` prints (`example-log-storage` stands in for it here); the check goes by the\ndisplay name. Its own package is missing too, so `packages/missing` appears as well:\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n      - clusterName: prod-a\n        version: 2.3.0\n  metallb:\n    displayName: Alauda Build of MetalLB\n    type: ModulePlugin\n    installed:\n      - clusterName: prod-a\n        version: v4.2.5\n      - clusterName: prod-b\n        version: v4.2.5\n  redis-operator:\n    displayName: Alauda Cache Service for Redis OSS\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-b\n        version: 4.2.0\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  example-log-storage:\n    displayName: Alauda Container Platform Log Storage for Elasticsearch\n    type: ModulePlugin\n    installed:\n      - clusterName: global\n        version: 4.2.0\n```\n\n**Fix.** Download the Log Essentials package for the target and add it to `packages.yaml`, with\nthe name the portal gives it; if that name does not say \"Log Essentials\", add a `displayName`\nthat does:\n\n```yaml\n- name: logessentials\n  displayName: Alauda Container Platform Log Essentials\n  type: ModulePlugin\n  version: 4.3.0\n  file: packages/logessentials.v4.3.0.tgz\n```"
    },
    "packages/type-mismatch": {
        "anchor": "packages-type-mismatch",
        "fullDescription": "A package's type in packages.yaml is the type that apps.yaml gives the application. apps.yaml is violet's own export, so it wins: the download list and the push commands use its type whatever packages.yaml says.",
        "text": "What it checks: A package's type in packages.yaml is the type that apps.yaml gives the application. apps.yaml is violet's own export, so it wins: the download list and the push commands use its type whatever packages.yaml says.\n\nWhy: The type decides the push: \"Cluster plugins (ModulePlugin) are global resources: push once to the global tier\"; \"Operators (OperatorBundle) are per cluster: push to the global tier and to each workload cluster that runs the operator, before that cluster's upgrade: --clusters \"global,<w1>,<w2>\". Without --clusters, violet pushes to the global cluster.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx] An operator typed ModulePlugin would lose --clusters, and its workloads would never get it.\n\nFix: Write the type apps.yaml gives. If apps.yaml is wrong, export it again with violet list; do not edit it by hand.",
        "markdown": "_packages.yaml gives an application another type than apps.yaml._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** A package's `type` in `packages.yaml` is the `type` that `apps.yaml` gives\nthe application. `apps.yaml` is violet's own export, so it wins: the download list and the push\ncommands use its type whatever `packages.yaml` says.\n\n**Why.** The type decides the push: \"Cluster plugins (`ModulePlugin`) are global resources: push\nonce to the global tier\"; \"Operators (`OperatorBundle`) are per cluster: push to the global tier\nand to each workload cluster that runs the operator, before that cluster's upgrade: `--clusters\n\"global,<w1>,<w2>\"`. Without `--clusters`, violet pushes to the global cluster.\" [source:\npre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx] An operator typed\n`ModulePlugin` would lose `--clusters`, and its workloads would never get it.\n\n**Example.** `redis-operator` is an operator in `apps.yaml`, typed a cluster plugin here:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    lifecycle: aligned\n    acpVersions: [\"4.3\"]\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: ModulePlugin\n    version: 4.3.0\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    lifecycle: agnostic\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Write the type `apps.yaml` gives. If `apps.yaml` is wrong, export it again with\n`violet list`; do not edit it by hand."
    },
    "packages/not-an-upgrade": {
        "anchor": "packages-not-an-upgrade",
        "fullDescription": "A package's version is not the version already installed on every cluster that runs the application while the plan moves one of those clusters to a new minor release. An error for lifecycle: aligned; a warning when the lifecycle is Agnostic or not stated (an Agnostic plugin may stay on its version). The package is still pushed.",
        "text": "What it checks: A package's version is not the version already installed on every cluster that runs the application while the plan moves one of those clusters to a new minor release. An error for lifecycle: aligned; a warning when the lifecycle is Agnostic or not stated (an Agnostic plugin may stay on its version). The package is still pushed.\n\nWhy: Aligned plugins are \"released with the ACP version\", and \"each installed Aligned plugin needs its target package before the request, else CVO stalls\". [source: pre-upgrade.mdx, upgrade_global_cluster.mdx; upgrade_global_cluster.mdx @4eaaa1e0] The installed package is not the target's.\n\nFix: Download the package for the release the plan moves to. For an Agnostic plugin that is meant to stay on its version, state lifecycle: agnostic and waive the warning for that package.",
        "markdown": "_A package is the version already installed._\n\n**Severity:** error (a warning unless `lifecycle: aligned`) · **Can be waived:** yes\n\n**What it checks.** A package's version is not the version already installed on every cluster\nthat runs the application while the plan moves one of those clusters to a new minor release.\nAn error for `lifecycle: aligned`; a warning when the lifecycle is Agnostic or not stated (an\nAgnostic plugin may stay on its version). The package is still pushed.\n\n**Why.** Aligned plugins are \"released with the ACP version\", and \"each installed Aligned plugin\nneeds its target package before the request, else CVO stalls\". [source: pre-upgrade.mdx,\nupgrade_global_cluster.mdx; upgrade_global_cluster.mdx @4eaaa1e0] The installed package is not\nthe target's.\n\n**Example.** `metallb` 4.2.5 runs on `prod-a` and `prod-b`, and the package downloaded is that\nsame 4.2.5:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.2.5\n    lifecycle: aligned\n    file: packages/metallb-v4.2.5.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    lifecycle: agnostic\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the package for the release the plan moves to. For an Agnostic plugin that\nis meant to stay on its version, state `lifecycle: agnostic` and waive the warning for that\npackage."
    },
    "packages/not-installed": {
        "anchor": "packages-not-installed",
        "fullDescription": "Every package in packages.yaml is for an application that apps.yaml lists on some cluster, or one a package rule asks for (Log Essentials, the 4.4 scenario set). Otherwise the notice suggests the closest installed application name, since a typo is the usual cause (harbour for harbor).",
        "text": "What it checks: Every package in packages.yaml is for an application that apps.yaml lists on some cluster, or one a package rule asks for (Log Essentials, the 4.4 scenario set). Otherwise the notice suggests the closest installed application name, since a typo is the usual cause (harbour for harbor).\n\nWhy: The package name is how the check finds the application, the clusters that run it and so the push. A package for an application installed nowhere is pushed as listed, to the global tier only (an operator gets --clusters global): right for an application to install after the upgrade, wrong for a misspelt one, whose workloads would never get their operator.\n\nFix: Use the application name apps.yaml gives. For an application you will install after the upgrade, nothing is wrong: waive the notice for that package if you want the report clean.",
        "markdown": "_A package for an application installed nowhere._\n\n**Severity:** notice · **Can be waived:** yes\n\n**What it checks.** Every package in `packages.yaml` is for an application that `apps.yaml`\nlists on some cluster, or one a package rule asks for (Log Essentials, the 4.4 scenario set).\nOtherwise the notice suggests the closest installed application name, since a typo is the usual\ncause (`harbour` for `harbor`).\n\n**Why.** The package name is how the check finds the application, the clusters that run it and\nso the push. A package for an application installed nowhere is pushed as listed, to the global\ntier only (an operator gets `--clusters global`): right for an application to install after the\nupgrade, wrong for a misspelt one, whose workloads would never get their operator.\n\n**Example.** `web-terminal` is spelt `web-terminall`; `packages/missing` for `web-terminal`\nappears as well:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    lifecycle: aligned\n    acpVersions: [\"4.3\"]\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminall\n    type: Chart\n    version: 1.5.0\n    lifecycle: agnostic\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Use the application name `apps.yaml` gives. For an application you will install after\nthe upgrade, nothing is wrong: waive the notice for that package if you want the report clean."
    },
    "packages/mysql-pxc": {
        "anchor": "packages-mysql-pxc",
        "fullDescription": "The plan moves the global tier into 4.3 from an earlier release while an application whose name or display name contains mysql is installed. The finding points at the first global-tier step into 4.3.",
        "text": "What it checks: The plan moves the global tier into 4.3 from an earlier release while an application whose name or display name contains mysql is installed. The finding points at the first global-tier step into 4.3.\n\nWhy: \"Upgrading the global cluster will also upgrade the MySQL operator. If you have PXC instances, they will become unmanaged after the operator upgrade\" (Alauda Database Service for MySQL v4.3.0 removes PXC); migrate before upgrading. [source: upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx, release-4.3 @6468e58f] The check cannot see whether PXC instances exist, so it warns whenever MySQL is installed. The 4.4 pages read do not repeat the note, so it is keyed to 4.3.\n\nFix: Migrate PXC instances before the global tier's step into 4.3. When there are none (or they are migrated), waive the warning for that package with the reason.",
        "markdown": "_PXC instances become unmanaged after the MySQL operator upgrade._\n\n**Severity:** warning · **Can be waived:** yes\n\n**What it checks.** The plan moves the global tier into 4.3 from an earlier release while an\napplication whose name or display name contains `mysql` is installed. The finding points at the\nfirst global-tier step into 4.3.\n\n**Why.** \"Upgrading the global cluster will also upgrade the MySQL operator. If you have PXC\ninstances, they will become unmanaged after the operator upgrade\" (Alauda Database Service for\nMySQL v4.3.0 removes PXC); migrate before upgrading. [source: upgrade_global_cluster.mdx,\nupgrade_workload_cluster.mdx, release-4.3 @6468e58f] The check cannot see whether PXC instances\nexist, so it warns whenever MySQL is installed. The 4.4 pages read do not repeat the note, so it\nis keyed to 4.3.\n\n**Example.** The MySQL operator runs on `prod-b`:\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n      - clusterName: prod-a\n        version: 2.3.0\n  metallb:\n    displayName: Alauda Build of MetalLB\n    type: ModulePlugin\n    installed:\n      - clusterName: prod-a\n        version: v4.2.5\n      - clusterName: prod-b\n        version: v4.2.5\n  redis-operator:\n    displayName: Alauda Cache Service for Redis OSS\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-b\n        version: 4.2.0\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  mysql-operator:\n    displayName: Alauda Database Service for MySQL\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-b\n        version: 4.2.0\n```\n\n**Fix.** Migrate PXC instances before the global tier's step into 4.3. When there are none (or\nthey are migrated), waive the warning for that package with the reason."
    },
    "platform/minio-space": {
        "anchor": "platform-minio-space",
        "fullDescription": "For the global cluster and the DR standby, when the plan upgrades them, minioFreeGB in clusters.yaml (the smallest free space of /cpaas/minio across the cluster's control-plane nodes) is at least 120. When minioFreeGB is not declared, a notice reminds you to check by hand.",
        "text": "What it checks: For the global cluster and the DR standby, when the plan upgrades them, minioFreeGB in clusters.yaml (the smallest free space of /cpaas/minio across the cluster's control-plane nodes) is at least 120. When minioFreeGB is not declared, a notice reminds you to check by hand.\n\nWhy: \"/cpaas/minio on the global cluster's control-plane nodes needs at least 120 GB free.\" The older 3.x -> 4.0 guides add that the unpacked installation package needs up to 120 GB on the first master, so 250 GB free when package and unpack directory share a disk (not checked). [source: the ACP upgrade guides, global cluster disk requirement]\n\nFix: Free space before the window, measure again on every control-plane node (df -BG /cpaas/minio) and record the smallest value as minioFreeGB.",
        "markdown": "_Too little free space in /cpaas/minio._\n\n**Severity:** error (a notice when `minioFreeGB` is not declared) · **Can be waived:** yes\n\n**What it checks.** For the global cluster and the DR standby, when the plan upgrades them,\n`minioFreeGB` in `clusters.yaml` (the smallest free space of `/cpaas/minio` across the cluster's\ncontrol-plane nodes) is at least 120. When `minioFreeGB` is not declared, a notice reminds you\nto check by hand.\n\n**Why.** \"`/cpaas/minio` on the global cluster's control-plane nodes needs at least 120 GB\nfree.\" The older 3.x -> 4.0 guides add that the unpacked installation package needs up to 120 GB\non the first master, so 250 GB free when package and unpack directory share a disk (not\nchecked). [source: the ACP upgrade guides, global cluster disk requirement]\n\n**Example.**\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 90\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Free space before the window, measure again on every control-plane node\n(`df -BG /cpaas/minio`) and record the smallest value as `minioFreeGB`."
    },
    "platform/post-upgrade": {
        "anchor": "platform-post-upgrade",
        "fullDescription": "The tasks the release notes ask for after an upgrade, for this journey, in the order they fall due; the runbook closes with the same tasks as notes. Into 4.3 (from an earlier release): once the global reaches 4.3, upgrade the L5 plugins Alauda DevOps v3, Alauda AI Essentials, Alauda Hyperflux and Alauda Container Platform Data Services Essentials, when installed (recognised by display name); once every workload cluster reaches 4.3, PKCE hardening. When the plan leaves workloads on an older release, the notice names them.",
        "text": "What it checks: The tasks the release notes ask for after an upgrade, for this journey, in the order they fall due; the runbook closes with the same tasks as notes. Into 4.3 (from an earlier release): once the global reaches 4.3, upgrade the L5 plugins Alauda DevOps v3, Alauda AI Essentials, Alauda Hyperflux and Alauda Container Platform Data Services Essentials, when installed (recognised by display name); once every workload cluster reaches 4.3, PKCE hardening. When the plan leaves workloads on an older release, the notice names them.\n\nWhy: \"After the global cluster reaches 4.3, upgrade the L5 plugins ... to 4.3-compatible versions, 'Otherwise, their UI pages may fail to open'. After all workload clusters reach 4.3, complete PKCE hardening ('Disabling the PKCE Plain Method').\" [source: upgrade_global_cluster.mdx, release-4.3 @6468e58f]\n\nFix: Nothing to fix in the plan: do the task after the window it names. Waive it (with the reason) once it is done, for example when PKCE hardening was completed on an earlier upgrade.",
        "markdown": "_A task to do after the upgrade._\n\n**Severity:** notice · **Can be waived:** yes\n\n**What it checks.** The tasks the release notes ask for after an upgrade, for this journey, in\nthe order they fall due; the runbook closes with the same tasks as notes. Into 4.3 (from an\nearlier release): once the global reaches 4.3, upgrade the L5 plugins Alauda DevOps v3, Alauda\nAI Essentials, Alauda Hyperflux and Alauda Container Platform Data Services Essentials, when\ninstalled (recognised by display name); once every workload cluster reaches 4.3, PKCE\nhardening. When the plan leaves workloads on an older release, the notice names them.\n\n**Why.** \"After the global cluster reaches 4.3, upgrade the L5 plugins ... to 4.3-compatible\nversions, 'Otherwise, their UI pages may fail to open'. After all workload clusters reach 4.3,\ncomplete PKCE hardening ('Disabling the PKCE Plain Method').\" [source:\nupgrade_global_cluster.mdx, release-4.3 @6468e58f]\n\n**Example.** Every upgrade into 4.3 has PKCE hardening to do afterwards: the example's plan\ntriggers it as it is.\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Nothing to fix in the plan: do the task after the window it names. Waive it (with the\nreason) once it is done, for example when PKCE hardening was completed on an earlier upgrade."
    },
    "platform/node-readiness": {
        "anchor": "platform-node-readiness",
        "fullDescription": "For a hop into a release created with Kubernetes 1.35 or later (4.4), every cluster that moves to that Kubernetes: each production node listed under nodes in clusters.yaml runs Linux kernel 5.8 or later and cgroup v2. A node that does not is an error naming the node and its cluster, at its kernel or cgroup. A moving cluster without nodes gets a notice with the two checks to run on each node: the kernel in the KERNEL-VERSION column of kubectl get nodes -o wide, and stat -fc %T /sys/fs/cgroup/ on the node (cgroup2fs means v2). The runbook then says where the administrator writes the acknowledgement, after the check and before the global tier's upgrade request; the check writes nothing. Not checked: whether the kernel is inside the ACP supported operating system and kernel matrix for the release (the check does not hold that matrix), and whether one ack covers every cluster (not documented).",
        "text": "What it checks: For a hop into a release created with Kubernetes 1.35 or later (4.4), every cluster that moves to that Kubernetes: each production node listed under nodes in clusters.yaml runs Linux kernel 5.8 or later and cgroup v2. A node that does not is an error naming the node and its cluster, at its kernel or cgroup. A moving cluster without nodes gets a notice with the two checks to run on each node: the kernel in the KERNEL-VERSION column of kubectl get nodes -o wide, and stat -fc %T /sys/fs/cgroup/ on the node (cgroup2fs means v2). The runbook then says where the administrator writes the acknowledgement, after the check and before the global tier's upgrade request; the check writes nothing. Not checked: whether the kernel is inside the ACP supported operating system and kernel matrix for the release (the check does not hold that matrix), and whether one ack covers every cluster (not documented).\n\nWhy: The gate applies \"If the target release is ACP 4.4 or later, upgrades the cluster to Kubernetes 1.35 or later, and reports an administrator acknowledgement gate for node readiness\". Then, on \"every production node that will run the target cluster\", the kernel is \"5.8 or later and ... within the ACP supported operating system and kernel matrix for the target release\", and stat -fc %T /sys/fs/cgroup/ prints cgroup2fs. [source: pre-upgrade.mdx@4eaaa1e0] The preflight check AdminAckRequired blocks until the key (for 4.4: ack-4.4-kubernetes-1.35-kernel-update) has the value \"true\" in the ConfigMap cpaas-system/admin-acks; for a workload cluster, in \"the global-side admin-acks ConfigMap\"; \"a later target release can supply a different key\". [source: upgrade_global_cluster.mdx@1bb15615, troubleshooting.mdx@608ade47, ui/cli_tools/ac/upgrading-clusters.md@1bb15615]\n\nFix: Upgrade the node's kernel (or replace the node) and move it to cgroup v2 before the step, then record the new values. For a cluster without nodes, run the two checks on each node and record them. Then follow the runbook: preflight, check the nodes, write the ack, preflight again, and request the upgrade.",
        "markdown": "_A node is not ready for the Kubernetes of the release._\n\n**Severity:** error (a notice when a cluster lists no `nodes`) · **Can be waived:** yes\n\n**What it checks.** For a hop into a release created with Kubernetes 1.35 or later (4.4), every\ncluster that moves to that Kubernetes: each production node listed under `nodes` in\n`clusters.yaml` runs Linux kernel 5.8 or later and cgroup v2. A node that does not is an error\nnaming the node and its cluster, at its `kernel` or `cgroup`. A moving cluster without `nodes` gets\na notice with the two checks to run on each node: the kernel in the KERNEL-VERSION column of\n`kubectl get nodes -o wide`, and `stat -fc %T /sys/fs/cgroup/` on the node (`cgroup2fs` means\nv2). The runbook then says where the administrator writes the acknowledgement, after the check\nand before the global tier's upgrade request; the check writes nothing. Not checked: whether the\nkernel is inside the ACP supported operating system and kernel matrix for the release (the check\ndoes not hold that matrix), and whether one ack covers every cluster (not documented).\n\n**Why.** The gate applies \"If the target release is ACP 4.4 or later, upgrades the cluster to\nKubernetes 1.35 or later, and reports an administrator acknowledgement gate for node readiness\".\nThen, on \"every production node that will run the target cluster\", the kernel is \"5.8 or later\nand ... within the ACP supported operating system and kernel matrix for the target release\", and\n`stat -fc %T /sys/fs/cgroup/` prints `cgroup2fs`. [source: pre-upgrade.mdx@4eaaa1e0] The\npreflight check `AdminAckRequired` blocks until the key (for 4.4:\n`ack-4.4-kubernetes-1.35-kernel-update`) has the value `\"true\"` in the ConfigMap\n`cpaas-system/admin-acks`; for a workload cluster, in \"the global-side `admin-acks` ConfigMap\"; \"a\nlater target release can supply a different key\". [source: upgrade_global_cluster.mdx@1bb15615,\ntroubleshooting.mdx@608ade47, ui/cli_tools/ac/upgrading-clusters.md@1bb15615]\n\n**Example.** `prod-a-worker-2` still runs a 5.4 kernel:\n\n```yaml\n# examples/acp-4.3-to-4.4/clusters.yaml\nplatformAddress: https://acp.example.com\nexternalRegistry: false\nclusters:\n  - name: global\n    role: global\n    version: 4.3.1\n    kubernetes: 1.34.2\n    minioFreeGB: 240\n    nodes:\n      - name: global-cp-1\n        kernel: 5.14.0-427.13.1.el9_4.x86_64\n        cgroup: v2\n      - name: global-cp-2\n        kernel: 5.14.0-427.13.1.el9_4.x86_64\n        cgroup: v2\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.3.1\n    kubernetes: 1.34.2\n    minioFreeGB: 260\n    nodes:\n      - name: dr-cp-1\n        kernel: 5.14.0-427.13.1.el9_4.x86_64\n        cgroup: v2\n  - name: prod-a\n    version: 4.3.1\n    kubernetes: 1.33.6\n    nodes:\n      - name: prod-a-worker-1\n        kernel: 6.8.0-45-generic\n        cgroup: v2\n      - name: prod-a-worker-2\n        kernel: 5.4.0-150-generic\n        cgroup: v2\n  - name: prod-b\n    version: 4.3.1\n    kubernetes: 1.31.9\n    nodes:\n      - name: prod-b-worker-1\n        kernel: 5.14.0-503.11.1.el9_5.x86_64\n        cgroup: v2\n```\n\n**Fix.** Upgrade the node's kernel (or replace the node) and move it to cgroup v2 before the\nstep, then record the new values. For a cluster without `nodes`, run the two checks on each node\nand record them. Then follow the runbook: preflight, check the nodes, write the ack, preflight\nagain, and request the upgrade."
    },
    "drift/app-added": {
        "anchor": "drift-app-added",
        "fullDescription": "Every application installed on a cluster in the live export is in the committed apps.yaml for that cluster.",
        "text": "What it checks: Every application installed on a cluster in the live export is in the committed apps.yaml for that cluster.\n\nWhy: An application the inventory does not know gets no package and no push command.\n\nFix: Export apps.yaml again and add a package for the new application.",
        "markdown": "_An application runs that apps.yaml lacks._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every application installed on a cluster in the live export is in the\ncommitted `apps.yaml` for that cluster.\n\n**Why.** An application the inventory does not know gets no package and no push command.\n\n**Example.**\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n```\n\n**Fix.** Export `apps.yaml` again and add a package for the new application."
    },
    "drift/app-removed": {
        "anchor": "drift-app-removed",
        "fullDescription": "Every application the committed apps.yaml lists on a cluster is still on that cluster in the live export (clusters that vanished altogether are drift/cluster-removed).",
        "text": "What it checks: Every application the committed apps.yaml lists on a cluster is still on that cluster in the live export (clusters that vanished altogether are drift/cluster-removed).\n\nWhy: The plan would download and push a package nobody needs any more.\n\nFix: Export apps.yaml again; remove the package from packages.yaml if it is no longer needed.",
        "markdown": "_An application in apps.yaml no longer runs._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every application the committed `apps.yaml` lists on a cluster is still on\nthat cluster in the live export (clusters that vanished altogether are\n[drift/cluster-removed](#drift-cluster-removed)).\n\n**Why.** The plan would download and push a package nobody needs any more.\n\n**Example.**\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n**Fix.** Export `apps.yaml` again; remove the package from `packages.yaml` if it is no longer\nneeded."
    },
    "drift/version-changed": {
        "anchor": "drift-version-changed",
        "fullDescription": "Each application on each cluster has the same version in the live export as in the committed apps.yaml.",
        "text": "What it checks: Each application on each cluster has the same version in the live export as in the committed apps.yaml.\n\nWhy: packages/older-than-installed compares downloads with the installed versions; with a stale apps.yaml it compares with the wrong ones.\n\nFix: Export apps.yaml again, and check that the downloaded package is not older than what now runs.",
        "markdown": "_An application runs another version than apps.yaml says._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Each application on each cluster has the same version in the live export\nas in the committed `apps.yaml`.\n\n**Why.** `packages/older-than-installed` compares downloads with the installed versions; with a\nstale `apps.yaml` it compares with the wrong ones.\n\n**Example.**\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.5.0\n```\n\n**Fix.** Export `apps.yaml` again, and check that the downloaded package is not older than what\nnow runs."
    },
    "drift/type-changed": {
        "anchor": "drift-type-changed",
        "fullDescription": "The live export names an application with another type (ModulePlugin, OperatorBundle, Chart) than the committed apps.yaml.",
        "text": "What it checks: The live export names an application with another type (ModulePlugin, OperatorBundle, Chart) than the committed apps.yaml.\n\nWhy: The type decides the push: \"Operators (OperatorBundle) are per cluster: push to the global tier and to each workload cluster that runs the operator\"; cluster plugins are pushed once. [source: pre-upgrade.mdx, extend/upload_package.mdx]\n\nFix: Export apps.yaml again with violet list, and check the packages' types in packages.yaml.",
        "markdown": "_An application has another type than apps.yaml says._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** The live export names an application with another `type` (ModulePlugin, OperatorBundle,\nChart) than the committed `apps.yaml`.\n\n**Why.** The type decides the push: \"Operators (`OperatorBundle`) are per cluster: push to the global\ntier and to each workload cluster that runs the operator\"; cluster plugins are pushed once.\n[source: pre-upgrade.mdx, extend/upload_package.mdx]\n\n**Example.** The live export lists `metallb` as an operator:\n\n```yaml\n# live-apps.yaml\napplications:\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n      - clusterName: prod-a\n        version: 2.3.0\n  metallb:\n    displayName: Alauda Build of MetalLB\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-a\n        version: v4.2.5\n      - clusterName: prod-b\n        version: v4.2.5\n  redis-operator:\n    displayName: Alauda Cache Service for Redis OSS\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-b\n        version: 4.2.0\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n**Fix.** Export `apps.yaml` again with `violet list`, and check the packages' types in `packages.yaml`."
    },
    "drift/cluster-added": {
        "anchor": "drift-cluster-added",
        "fullDescription": "Every clusterName in the live export is a cluster of clusters.yaml.",
        "text": "What it checks: Every clusterName in the live export is a cluster of clusters.yaml.\n\nWhy: A cluster the plan does not know is never upgraded, and the ordering rules cannot account for its Kubernetes version.\n\nFix: Add the cluster to clusters.yaml with its versions, export apps.yaml again, and add the cluster's upgrade to the plan.",
        "markdown": "_A cluster runs that clusters.yaml lacks._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every `clusterName` in the live export is a cluster of `clusters.yaml`.\n\n**Why.** A cluster the plan does not know is never upgraded, and the ordering rules cannot\naccount for its Kubernetes version.\n\n**Example.** `prod-c` joined the platform:\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n      - clusterName: prod-c\n        version: 1.4.1\n```\n\n**Fix.** Add the cluster to `clusters.yaml` with its versions, export `apps.yaml` again, and add\nthe cluster's upgrade to the plan."
    },
    "drift/cluster-removed": {
        "anchor": "drift-cluster-removed",
        "fullDescription": "Every clusterName in the committed apps.yaml still appears in the live export.",
        "text": "What it checks: Every clusterName in the committed apps.yaml still appears in the live export.\n\nWhy: The plan upgrades, and the commands push to, a cluster that may no longer exist. (A cluster that still exists but no longer has any extension installed also disappears from the export.)\n\nFix: If the cluster is gone, remove it from clusters.yaml and the plan, and export apps.yaml again.",
        "markdown": "_A cluster in apps.yaml is gone from the platform._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every `clusterName` in the committed `apps.yaml` still appears in the live\nexport.\n\n**Why.** The plan upgrades, and the commands push to, a cluster that may no longer exist. (A\ncluster that still exists but no longer has any extension installed also disappears from the\nexport.)\n\n**Example.** `prod-b` is gone:\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  metallb:\n    displayName: Alauda Build of MetalLB\n    type: ModulePlugin\n    installed:\n      - clusterName: prod-b\n        version: v4.2.5\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n**Fix.** If the cluster is gone, remove it from `clusters.yaml` and the plan, and export\n`apps.yaml` again."
    },
    "waiver/not-waivable": {
        "anchor": "waiver-not-waivable",
        "fullDescription": "A waiver names a rule no accepted risk can change: input/*, state/*, drift/*, waiver/*, catalog/override, path/unsupported, path/downgrade, path/target-not-reached, path/source-patch, order/global-first, order/workload-target and order/dr-standby-first. The waiver applies to nothing, and the finding it names stays an error.",
        "text": "What it checks: A waiver names a rule no accepted risk can change: input/*, state/*, drift/*, waiver/*, catalog/override, path/unsupported, path/downgrade, path/target-not-reached, path/source-patch, order/global-first, order/workload-target and order/dr-standby-first. The waiver applies to nothing, and the finding it names stays an error.\n\nWhy: These rules describe what ACP cannot do (an upgrade path it does not support, an order its procedures refuse), a broken input or starting state, or the facts the plan is judged by. Accepting such a \"risk\" would only turn a plan that cannot run into a PASS.\n\nFix: Fix the plan or the inventory, and remove the waiver.",
        "markdown": "_A waiver names a rule that cannot be waived._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** A waiver names a rule no accepted risk can change: `input/*`, `state/*`, `drift/*`,\n`waiver/*`, `catalog/override`, `path/unsupported`, `path/downgrade`, `path/target-not-reached`,\n`path/source-patch`, `order/global-first`, `order/workload-target` and `order/dr-standby-first`.\nThe waiver applies to nothing, and the finding it names stays an error.\n\n**Why.** These rules describe what ACP cannot do (an upgrade path it does not support, an order its\nprocedures refuse), a broken input or starting state, or the facts the plan is judged by. Accepting\nsuch a \"risk\" would only turn a plan that cannot run into a PASS.\n\n**Example.** A waiver of `order/global-first`:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\nwaivers:\n  - rule: order/global-first\n    reason: we are in a hurry\n    owner: platform-team\n    expires: 2099-12-31\n```\n\n**Fix.** Fix the plan or the inventory, and remove the waiver."
    },
    "waiver/expired": {
        "anchor": "waiver-expired",
        "fullDescription": "A waiver with expires applies up to and including that day. After it, the waiver no longer applies (its finding counts again) and this notice says so.",
        "text": "What it checks: A waiver with expires applies up to and including that day. After it, the waiver no longer applies (its finding counts again) and this notice says so.\n\nWhy: An accepted risk is accepted for a time; the expiry makes someone look at it again.\n\nFix: Renew the waiver with a new date if the risk is still accepted, or fix the finding and remove the waiver.",
        "markdown": "_A waiver passed its expiry date._\n\n**Severity:** notice · **Can be waived:** no\n\n**What it checks.** A waiver with `expires` applies up to and including that day. After it, the\nwaiver no longer applies (its finding counts again) and this notice says so.\n\n**Why.** An accepted risk is accepted for a time; the expiry makes someone look at it again.\n\n**Example.** The date is in the past:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n    kubernetes: \"1.33\"\nwaivers:\n  - rule: order/kubernetes-with-core\n    cluster: prod-a\n    reason: vendor-approved exception, ticket OPS-1234\n    owner: platform-team\n    expires: 2025-01-31\n```\n\n**Fix.** Renew the waiver with a new date if the risk is still accepted, or fix the finding and\nremove the waiver."
    },
    "waiver/unmatched": {
        "anchor": "waiver-unmatched",
        "fullDescription": "Every waiver matches at least one finding (same rule, and the same cluster or package when the waiver names one). A waiver of a rule that cannot be waived is waiver/not-waivable instead.",
        "text": "What it checks: Every waiver matches at least one finding (same rule, and the same cluster or package when the waiver names one). A waiver of a rule that cannot be waived is waiver/not-waivable instead.\n\nWhy: A waiver whose risk is gone should not stay around to hide a future finding.\n\nFix: Remove the waiver, or correct its rule, cluster or package.",
        "markdown": "_A waiver matches no finding._\n\n**Severity:** notice · **Can be waived:** no\n\n**What it checks.** Every waiver matches at least one finding (same rule, and the same cluster or\npackage when the waiver names one). A waiver of a rule that cannot be waived is\n[waiver/not-waivable](#waiver-not-waivable) instead.\n\n**Why.** A waiver whose risk is gone should not stay around to hide a future finding.\n\n**Example.** There is no `packages/missing` finding for `log-center`:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\nwaivers:\n  - rule: packages/missing\n    package: log-center\n    reason: removed before the window, ticket OPS-1240\n    owner: platform-team\n    expires: 2099-12-31\n```\n\n**Fix.** Remove the waiver, or correct its rule, cluster or package."
    }
};

;// CONCATENATED MODULE: ./src/render/sarif.ts
// SARIF 2.1.0 for GitHub code scanning: one result per finding, on its file and line. Written to
// pass Microsoft's SARIF Multitool with GitHub's ingestion rules (`validate --rule-kind Sarif;Gh`):
// every rule carries its entry of the rule reference (docs/rules.md) as fullDescription and help;
// results point at repository-relative, percent-encoded URIs against %SRCROOT%, carry
// partialFingerprints, and each inventory gets its own automationDetails.id, so that a matrix of
// inventories uploaded to one repository does not overwrite itself.




const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
const sarif_TOOL = 'acp-upgrade-check';
const SRCROOT = '%SRCROOT%';
/** The released rule reference of this major version (`v1` for 1.x.y). */
function defaultRulesUrl() {
    return `${REPOSITORY_URL}/blob/v${version_VERSION.split('.')[0]}/docs/rules.md`;
}
function renderSarif(report, options = {}) {
    const { rulesUrl = defaultRulesUrl(), root, cwd } = options;
    const ruleIds = RULES.map((r) => r.id);
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const locate = locator(root, cwd ?? root);
    const fingerprints = new Fingerprints();
    const inventory = locate(report.inventory);
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: sarif_TOOL,
                        version: version_VERSION,
                        semanticVersion: version_VERSION,
                        informationUri: REPOSITORY_URL,
                        rules: ruleIds.map((id) => rule(id, rulesUrl)),
                    },
                },
                automationDetails: { id: automationId(report, inventory) },
                ...(root !== undefined && {
                    originalUriBaseIds: {
                        [SRCROOT]: {
                            uri: fileUri(root, true),
                            description: { text: 'The root of the repository that holds the inventory.' },
                        },
                    },
                }),
                results: report.findings.map((f) => {
                    const where = locate(f.file);
                    return {
                        ruleId: f.rule,
                        ruleIndex: index.get(f.rule),
                        level: LEVEL[f.severity],
                        message: { text: oneLine(f.message) },
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: where.relative
                                        ? { uri: where.uri, uriBaseId: SRCROOT }
                                        : { uri: where.uri },
                                    region: { startLine: f.line, startColumn: f.column },
                                },
                            },
                        ],
                        partialFingerprints: { 'acpFindingHash/v1': fingerprints.of(f, where.uri) },
                        ...(f.waived && {
                            suppressions: [
                                {
                                    kind: 'inSource',
                                    justification: oneLine(f.waiver?.reason ?? 'waived in plan.yaml'),
                                },
                            ],
                        }),
                    };
                }),
                columnKind: 'unicodeCodePoints',
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}
function rule(id, rulesUrl) {
    const help = RULE_HELP[id];
    const anchor = help?.anchor ?? id.replace(/[^a-z0-9]+/g, '-');
    const title = ruleOf(id).title;
    return {
        id,
        name: id.replace(/[^a-z0-9]+/g, '-'),
        shortDescription: { text: `${title}.` },
        fullDescription: { text: help?.fullDescription ?? `${title}.` },
        help: {
            text: help?.text ?? `${title}. See ${rulesUrl}#${anchor}`,
            // Links between entries of the reference are relative; in an alert they must be absolute.
            markdown: (help?.markdown ?? `_${title}._`).replace(/\]\(#/g, `](${rulesUrl}#`),
        },
        helpUri: `${rulesUrl}#${anchor}`,
        defaultConfiguration: { level: LEVEL[ruleOf(id).severity] },
        properties: { tags: [id.split('/')[0]] },
    };
}
/** One automation per inventory (and per mode), so that uploads of several do not replace each other. */
function automationId(report, inventory) {
    const name = inventory.relative
        ? decodeURIComponent(inventory.uri)
        : normalize(segments(report.inventory))
            .filter((part) => part !== '' && !isDrive(part))
            .join('/');
    return `${sarif_TOOL}${report.mode === 'drift' ? '-drift' : ''}/${name || '.'}/`;
}
/** Turns a path as the report gives it (relative to `cwd`, or absolute) into a result URI. */
function locator(root, cwd) {
    const base = root === undefined ? undefined : segments(root);
    return (path) => {
        let parts = segments(path);
        if (!isAbsolutePath(path)) {
            if (cwd === undefined || base === undefined) {
                return { uri: sarif_encode(normalize(parts)), relative: true };
            }
            parts = [...segments(cwd), ...parts];
        }
        const absolute = normalize(parts);
        if (base !== undefined) {
            const within = relativeTo(normalize(base), absolute);
            if (within)
                return { uri: sarif_encode(within), relative: true };
        }
        return { uri: fileUri(path, false), relative: false };
    };
}
/** Windows (`C:\`, `\\server\share`) and POSIX paths alike, split on either separator. */
function segments(path) {
    return path.replace(/\\/g, '/').split('/');
}
function isAbsolutePath(path) {
    return /^([A-Za-z]:)?[\\/]/.test(path);
}
const isDrive = (part) => part !== undefined && /^[A-Za-z]:$/.test(part);
/** Resolves `.` and `..`; keeps a leading empty segment (a POSIX root) or a drive letter. */
function normalize(parts) {
    const out = [];
    parts.forEach((part, i) => {
        if (part === '.' || (part === '' && i > 0))
            return;
        if (part !== '..') {
            out.push(part);
            return;
        }
        const last = out[out.length - 1];
        if (last === undefined || last === '..')
            out.push(part);
        else if (last !== '' && !isDrive(last))
            out.pop();
        // `..` above a root stays at the root.
    });
    return out;
}
/** `path` inside `base`, as segments; undefined when it lies outside (or on another drive). */
function relativeTo(base, path) {
    const same = (a, b) => isDrive(a) ? a.toLowerCase() === b.toLowerCase() : a === b;
    if (path.length <= base.length)
        return undefined;
    for (let i = 0; i < base.length; i++)
        if (!same(base[i], path[i]))
            return undefined;
    return path.slice(base.length);
}
function sarif_encode(parts) {
    return parts.map((part) => encodeURIComponent(part)).join('/');
}
function fileUri(path, folder) {
    const parts = normalize(segments(path));
    const drive = isDrive(parts[0]);
    const body = parts
        .map((part, i) => (i === 0 && drive ? part : encodeURIComponent(part)))
        .join('/');
    const uri = `file://${drive ? '/' : ''}${body}`;
    return folder && !uri.endsWith('/') ? `${uri}/` : uri;
}
/**
 * A fingerprint that survives edits elsewhere in the file (no line numbers): the rule, the file,
 * what the finding is about and its message; the n-th identical finding gets its own.
 */
class Fingerprints {
    seen = new Map();
    of(f, uri) {
        const key = [f.rule, uri, f.cluster ?? '', f.package ?? '', f.message].join('\u0000');
        const n = (this.seen.get(key) ?? 0) + 1;
        this.seen.set(key, n);
        return `${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x050c5d1f)}:${n}`;
    }
}
/**
 * FNV-1a over the UTF-16 code units, as 8 hex digits; two seeds give 64 bits. A fingerprint needs
 * no cryptographic hash, and node:crypto would cost every start of the CLI a few milliseconds.
 */
function fnv1a(text, seed) {
    let hash = seed;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0).toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/render/text.ts



/**
 * One value of the report, safe to print on one line (oneLine): a value from a file can neither
 * start a line of its own (a `::error` workflow command at column 0, a command under a `# note`
 * of the runbook) nor show a command in another order than the one it runs in. Every value goes
 * through here; the report's own layout adds the line breaks.
 */
const safe = oneLine;
function renderText(report) {
    const out = [];
    const { summary } = report;
    const counts = [
        plural(summary.errors, 'error'),
        plural(summary.warnings, 'warning'),
        plural(summary.notices, 'notice'),
        ...(summary.waived ? [`${summary.waived} waived`] : []),
    ].join(', ');
    const title = report.mode === 'drift' ? 'drift check' : 'upgrade check';
    out.push(`acp-upgrade-check ${title}: ${report.verdict.toUpperCase()} (${counts})${report.target ? `, target ${safe(report.target)}` : ''}, inventory ${safe(report.inventory)}`);
    const { overrides, added } = report.catalog;
    if (overrides.length > 0 || added.length > 0) {
        out.push('', 'Catalog changes (catalog.yaml; the plan is judged by these)');
        for (const o of overrides) {
            out.push(`  replaces ${safe(o.entry)}  ${safe(o.file)}:${o.line}:${o.column}`, `          built-in: ${safe(o.builtin)}`, `          now:      ${safe(o.user)}`);
        }
        for (const a of added)
            out.push(`  adds ${safe(a)}`);
    }
    if (report.waivers.length > 0) {
        out.push('', 'Waivers');
        for (const w of report.waivers) {
            const scope = [
                ...(w.cluster !== undefined ? [`cluster ${safe(w.cluster)}`] : []),
                ...(w.package !== undefined ? [`package ${safe(w.package)}`] : []),
            ];
            out.push(`  ${safe(w.rule)}${scope.length ? ` (${scope.join(', ')})` : ''}: ${w.status}${w.status === 'applied' ? ` to ${w.matched}` : ''}, owner ${safe(w.owner)}, expires ${safe(w.expires)}`, `          ${safe(w.reason)}`);
        }
    }
    if (report.findings.length > 0) {
        out.push('', 'Findings');
        for (const f of bySeverity(report.findings)) {
            const level = f.waived ? 'waived' : f.severity;
            out.push(`  ${level.padEnd(7)} ${safe(f.rule)}  ${safe(f.file)}:${f.line}:${f.column}`);
            out.push(`          ${safe(f.message)}`);
            if (f.waiver)
                out.push(`          waived: ${safe(f.waiver.reason)}${f.waiver.owner ? ` (${safe(f.waiver.owner)})` : ''}`);
        }
    }
    if (report.timeline.length > 0) {
        out.push('', 'Plan');
        for (const t of report.timeline) {
            const move = t.from.version === t.to.version
                ? `Kubernetes ${safe(t.from.kubernetes)} -> ${safe(t.to.kubernetes)}`
                : `${safe(t.from.version)} -> ${safe(t.to.version)} (Kubernetes ${safe(t.from.kubernetes)} -> ${safe(t.to.kubernetes)})`;
            out.push(`  step ${String(t.step).padEnd(3)} ${safe(t.cluster)} (${safe(t.role)}): ${move}`);
        }
    }
    out.push(...downloadLines(report), ...commandLines(report));
    if (report.suggestedPlan) {
        out.push('', 'Suggested plan.yaml (passes the check):');
        out.push(...report.suggestedPlan
            .trimEnd()
            .split('\n')
            .map((line) => `  ${safe(line)}`));
    }
    return `${out.join('\n')}\n`;
}
function downloadLines(report) {
    if (report.downloads.length === 0)
        return [];
    const out = ['', 'Downloads'];
    const groups = downloadsByHop(report.downloads);
    for (const group of groups) {
        if (groups.length > 1)
            out.push(`  for the upgrade to ${safe(group.hop)}:`);
        for (const d of group.downloads) {
            const box = d.status === 'present' ? '[x]' : '[ ]';
            const what = d.kind === 'core'
                ? `Core ${safe(d.version)}`
                : `${safe(d.name ?? d.displayName ?? 'package')}${d.version !== undefined ? ` ${safe(d.version)}` : ''} (${safe(d.type ?? 'package')})`;
            const status = d.status === 'present' ? safe(d.file ?? '') : d.status.toUpperCase();
            const why = d.kind === 'package' && d.reasons.some((r) => r !== 'installed')
                ? `  [${d.reasons.join(', ')}]`
                : '';
            out.push(`  ${box} ${what}  ${status}${why}`);
        }
    }
    return out;
}
/**
 * The runbook, one window at a time. Headings are comment lines, so that the whole section can be
 * pasted into bash as it is; every value in them goes through safe() on its own.
 */
function commandLines(report) {
    if (report.commands.length === 0)
        return [];
    const out = ['', 'Commands (in order)'];
    const block = (list) => list.flatMap((c) => c.shell === '' ? [`  # ${safe(c.note)}`] : [`  # ${safe(c.note)}`, `  ${safe(c.shell)}`]);
    const sections = runbookSections(report);
    for (const section of sections)
        out.push(`  # ==== ${sectionHeading(section, safe)} ====`, ...block(section.commands));
    return out;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/io/files.ts
// Reads an inventory from disk for the engine, for both adapters (the CLI and the action): bytes,
// not text (the engine reports non-UTF-8), and never a file over the size limit (its size is
// reported instead).



const INVENTORY_FILES = ['apps', 'clusters', 'plan', 'packages', 'catalog'];
/** Each file's path: `<inventory>/<name>.yaml` unless overridden. */
function inventoryPaths(inventory, overrides = {}) {
    const paths = {};
    for (const name of INVENTORY_FILES) {
        paths[name] = overrides[name] || external_node_path_namespaceObject.posix.join(inventory.replace(/\\/g, '/'), `${name}.yaml`);
    }
    return paths;
}
function readInventory(paths, options = {}) {
    return {
        apps: readInventoryFile(paths.apps, options),
        clusters: readInventoryFile(paths.clusters, options),
        plan: readInventoryFile(paths.plan, options),
        packages: readInventoryFile(paths.packages, options),
        catalog: readInventoryFile(paths.catalog, options),
    };
}
function readInventoryFile(path, options = {}) {
    let fd;
    try {
        // Non-blocking, so that a named pipe in the inventory cannot hold the run forever.
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch {
        return { path, missing: true };
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile()) {
            return stat.isDirectory()
                ? { path, missing: true }
                : { path, refused: 'it is not a regular file (a pipe or a device?)' };
        }
        if (options.within !== undefined && !isInside((0,external_node_fs_namespaceObject.realpathSync)(path), options.within)) {
            return { path, refused: 'it is a link to a file outside the repository' };
        }
        if (stat.size > MAX_FILE_BYTES)
            return { path, size: stat.size };
        const bytes = new Uint8Array(stat.size);
        let offset = 0;
        while (offset < bytes.length) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, offset, bytes.length - offset, offset);
            if (read === 0)
                break;
            offset += read;
        }
        return { path, bytes: bytes.subarray(0, offset) };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function isInside(file, folder) {
    let root;
    try {
        root = (0,external_node_fs_namespaceObject.realpathSync)((0,external_node_path_namespaceObject.resolve)(folder));
    }
    catch {
        return false;
    }
    const rel = (0,external_node_path_namespaceObject.relative)(root, file);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The command line (SPEC §6): parse arguments, read the inventory, run the engine, print, exit.
// Exit codes: 0 pass, 1 fail (bad input included), 2 usage, 3 internal error (a bug).












const USAGE = `Usage:
  acp-upgrade-check [check] [--inventory DIR] [--format text|markdown|json|sarif]
                    [--mode check|drift] [--live-apps FILE] [--fail-on error|warning|never]
                    [--out FILE] [--apps FILE] [--clusters FILE] [--plan FILE]
                    [--packages FILE] [--catalog FILE]
  acp-upgrade-check suggest [--inventory DIR] --target VERSION [--out FILE]
                    [--apps FILE] [--clusters FILE] [--catalog FILE]
  acp-upgrade-check --version | --help

Checks an Alauda Container Platform upgrade plan kept in git (inventory folder, default "acp":
apps.yaml, clusters.yaml, plan.yaml, optional packages.yaml and catalog.yaml) and prints the
findings, the download list and the violet commands.

Exit codes: 0 pass, 1 fail (a finding at the --fail-on level, bad input included), 2 usage error,
3 internal error (a bug; --debug prints its stack).`;
class UsageError extends Error {
}
const FORMATS = ['text', 'markdown', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'never'];
const MODES = ['check', 'drift'];
/** Every option, and the subcommands that take it (`undefined`: all of them). */
const OPTIONS = {
    inventory: { type: 'string' },
    format: { type: 'string', only: 'check' },
    mode: { type: 'string', only: 'check' },
    'live-apps': { type: 'string', only: 'check' },
    'fail-on': { type: 'string', only: 'check' },
    out: { type: 'string' },
    target: { type: 'string', only: 'suggest' },
    apps: { type: 'string' },
    clusters: { type: 'string' },
    plan: { type: 'string', only: 'check' },
    packages: { type: 'string', only: 'check' },
    catalog: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    debug: { type: 'boolean' },
};
/**
 * Runs the CLI and returns its exit code. Usage errors are reported here (exit 2); anything else
 * thrown is a bug, which the entry point (src/cli.ts) reports with {@link internalError}.
 */
function runCli(argv, io) {
    try {
        return run(argv, io);
    }
    catch (error) {
        if (error instanceof UsageError ||
            error.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`acp-upgrade-check: ${error.message}\n\nRun with --help for usage.\n`);
            return 2;
        }
        throw error;
    }
}
/** The one line an internal error prints (exit 3), and with `--debug` the stack too. */
function internalError(error, debug) {
    const message = error instanceof Error ? error.message : String(error);
    const lines = [
        `acp-upgrade-check: internal error: ${message.split('\n')[0]}. This is a bug in acp-upgrade-check ${version_VERSION}; please report it at ${REPOSITORY_URL}/issues with the command you ran${debug ? ' and the stack below' : ' (add --debug for the stack)'}.`,
    ];
    if (debug && error instanceof Error && error.stack)
        lines.push(error.stack);
    return `${lines.join('\n')}\n`;
}
function run(argv, io) {
    const command = argv[0] === 'suggest' ? 'suggest' : 'check';
    const args = argv[0] === 'check' || argv[0] === 'suggest' ? argv.slice(1) : argv;
    checkOptionNames(args, command);
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: Object.fromEntries(Object.entries(OPTIONS).map(([name, o]) => [
            name,
            'short' in o ? { type: o.type, short: o.short } : { type: o.type },
        ])),
    });
    const text = (name) => values[name];
    if (values.help) {
        io.stdout(`${USAGE}\n`);
        return 0;
    }
    if (values.version) {
        io.stdout(`${version_VERSION}\n`);
        return 0;
    }
    if (positionals.length > 0) {
        throw new UsageError(`unexpected argument "${positionals[0]}"${argv[0] === positionals[0] ? ' (the subcommands are check and suggest)' : ''}`);
    }
    const cwd = process.cwd();
    const inventory = text('inventory') ?? 'acp';
    const overrides = {
        apps: text('apps'),
        clusters: text('clusters'),
        plan: text('plan'),
        packages: text('packages'),
        catalog: text('catalog'),
    };
    const explicitFiles = overrides.apps && overrides.clusters && overrides.plan;
    const inventoryDir = (0,external_node_path_namespaceObject.resolve)(cwd, inventory);
    if (!explicitFiles && !((0,external_node_fs_namespaceObject.existsSync)(inventoryDir) && (0,external_node_fs_namespaceObject.statSync)(inventoryDir).isDirectory())) {
        throw new UsageError(`no inventory folder "${inventory}" (give --inventory DIR)`);
    }
    const out = text('out');
    if (out !== undefined)
        checkOutFile((0,external_node_path_namespaceObject.resolve)(cwd, out), out);
    const paths = inventoryPaths(inventory, overrides);
    if (command === 'suggest') {
        const target = text('target');
        if (!target)
            throw new UsageError('suggest needs --target VERSION');
        const analysis = analyze(readInventory(paths));
        checkKnownTarget(analysis, target);
        const result = verifiedSuggestionFor(analysis, target);
        if ('error' in result) {
            io.stderr(`acp-upgrade-check: ${result.error}\n`);
            return 1;
        }
        emit(result.plan, out, cwd, io);
        return 0;
    }
    const format = oneOf(text('format') ?? 'text', FORMATS, '--format');
    const failOn = oneOf(text('fail-on') ?? 'error', FAIL_ON, '--fail-on');
    const mode = oneOf(text('mode') ?? 'check', MODES, '--mode');
    const liveApps = text('live-apps');
    if (mode !== 'drift' && liveApps !== undefined) {
        throw new UsageError('--live-apps is for --mode drift');
    }
    let report;
    if (mode === 'drift') {
        if (!liveApps)
            throw new UsageError('--mode drift needs --live-apps FILE (a fresh `violet list` export)');
        const live = readInventoryFile(liveApps);
        if ('missing' in live)
            throw new UsageError(`no such file "${liveApps}" for --live-apps`);
        report = runDrift(readInventory(paths), live, { inventory, today: io.today, failOn });
    }
    else {
        report = check_check(readInventory(paths), { inventory, today: io.today, failOn });
    }
    const rendered = format === 'json'
        ? renderJson(report)
        : format === 'sarif'
            ? renderSarif(report, { root: repositoryRoot(inventoryDir, cwd), cwd })
            : format === 'markdown'
                ? renderMarkdown(report)
                : renderText(report);
    emit(rendered, out, cwd, io);
    return report.verdict === 'pass' ? 0 : 1;
}
/**
 * Unknown options get a "did you mean" (Node's own message would advise `--` for positional
 * arguments); an option of the other subcommand is refused rather than silently ignored.
 */
function checkOptionNames(args, command) {
    for (const arg of args) {
        if (arg === '--')
            break;
        if (!arg.startsWith('--'))
            continue;
        const name = arg.slice(2).split('=')[0];
        const option = OPTIONS[name];
        if (!option) {
            const near = closest(name, Object.keys(OPTIONS));
            throw new UsageError(`unknown option --${name}${near ? `; did you mean --${near}?` : ''}`);
        }
        if (option.only && option.only !== command) {
            throw new UsageError(`${command} does not take --${name} (it is an option of ${option.only === 'check' ? 'check, the default command' : option.only})`);
        }
    }
}
/** The nearest name within a small edit distance, if any. */
function closest(name, names) {
    let best;
    for (const candidate of names) {
        const distance = main_editDistance(name, candidate);
        if (distance <= Math.max(2, Math.floor(candidate.length / 3)) &&
            (!best || distance < best.distance)) {
            best = { name: candidate, distance };
        }
    }
    return best?.name;
}
/** Damerau-Levenshtein (optimal string alignment): a swap of two letters counts as one edit. */
function main_editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, d[i - 2][j - 2] + 1);
            }
            d[i][j] = value;
        }
    }
    return d[a.length][b.length];
}
function checkOutFile(path, given) {
    const folder = (0,external_node_path_namespaceObject.dirname)(path);
    if (!(0,external_node_fs_namespaceObject.existsSync)(folder) || !(0,external_node_fs_namespaceObject.statSync)(folder).isDirectory()) {
        throw new UsageError(`no folder "${(0,external_node_path_namespaceObject.dirname)(given)}" for --out ${given}; create it first`);
    }
    if ((0,external_node_fs_namespaceObject.existsSync)(path) && (0,external_node_fs_namespaceObject.statSync)(path).isDirectory()) {
        throw new UsageError(`--out ${given} is a folder; give a file name`);
    }
}
/** `suggest` to a release the catalog lacks is a usage error that lists the releases it knows. */
function checkKnownTarget(analysis, target) {
    const version = parseVersion(target);
    if (!version)
        throw new UsageError(`--target "${target}" is not a version (e.g. 4.3.0)`);
    if (analysis.catalog.release(version))
        return;
    const known = [...analysis.catalog.edges.values()]
        .map((edge) => edge.to)
        .sort(compareVersions)
        .map((v) => `${v.major}.${v.minor}`)
        .filter((minor, i, all) => all.indexOf(minor) === i);
    throw new UsageError(`--target ${version.text}: the release catalog does not know ${version.major}.${version.minor}; it knows upgrades to ${known.join(', ')} (describe a newer release in catalog.yaml)`);
}
/**
 * The repository the inventory belongs to (the nearest folder above it with `.git`), for SARIF's
 * %SRCROOT%; the working directory when the inventory is in no repository.
 */
function repositoryRoot(inventoryDir, cwd) {
    for (let dir = inventoryDir;; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, '.git')))
            return dir;
        if ((0,external_node_path_namespaceObject.dirname)(dir) === dir)
            return (0,external_node_path_namespaceObject.resolve)(cwd);
    }
}
function oneOf(value, allowed, flag) {
    if (!allowed.includes(value)) {
        throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
    }
    return value;
}
function emit(text, out, cwd, io) {
    if (out === undefined) {
        io.stdout(text);
        return;
    }
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.resolve)(cwd, out), text);
    }
    catch (error) {
        throw new UsageError(`cannot write --out ${out}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
// The CLI's entry point: exit codes 0-2 come from runCli; anything it throws is a bug (exit 3).



const args = process.argv.slice(2);
const debug = args.includes('--debug');
if (debug && !process.sourceMapsEnabled) {
    // A readable stack needs the source map, which Node reads only for code loaded after it is
    // switched on: run again with it on. Only --debug pays for this; an ordinary start does not.
    const again = (0,external_node_child_process_namespaceObject.spawnSync)(process.execPath, [...process.execArgv, '--enable-source-maps', (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url), ...args], { stdio: 'inherit' });
    process.exitCode = again.status ?? 3;
}
else {
    try {
        process.exitCode = runCli(args, {
            stdout: (text) => process.stdout.write(text),
            stderr: (text) => process.stderr.write(text),
            today: new Date().toISOString().slice(0, 10),
        });
    }
    catch (error) {
        process.stderr.write(internalError(error, debug));
        process.exitCode = 3;
    }
}


//# sourceMappingURL=cli.js.map