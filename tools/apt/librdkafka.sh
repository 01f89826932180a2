# Sourced by tools/bootstrap: builds librdkafka $RDKAFKA_VERSION from Debian 13's source package
# into $RDKAFKA_DIR, once, when the system's librdkafka is older than $RDKAFKA_MIN_VERSION.
#
# The source comes through apt with a sources file of our own (trixie-src.sources beside this file)
# and private lists, cache and state directories, so the system's apt configuration and package
# lists stay Debian 12 only and no root is needed. The result is static only (librdkafka.a and
# rdkafka.pc, whose Libs.private name the system libraries it needs), so Fleetscope's binary and
# .deb do not depend on a librdkafka1 package.

# The system librdkafka's version, or "none".
system_rdkafka_version() {
  pkg-config --modversion rdkafka 2>/dev/null || echo none
}

system_rdkafka_new_enough() {
  pkg-config --atleast-version="$RDKAFKA_MIN_VERSION" rdkafka 2>/dev/null
}

# What the cached build was made from: source version, configure flags and this script; a change
# to any of them builds again.
rdkafka_recipe() {
  printf '%s %s %s\n' "$RDKAFKA_DEBIAN_VERSION" "${RDKAFKA_CONFIGURE_FLAGS[*]}" \
    "$(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)"
}

rdkafka_complete() {
  [[ -f "$RDKAFKA_MARKER" && -f "$RDKAFKA_DIR/lib/librdkafka.a" && -f "$RDKAFKA_DIR/lib/pkgconfig/rdkafka.pc" ]] \
    || return 1
  [[ "$(cat "$RDKAFKA_MARKER")" == "$(rdkafka_recipe)" ]]
}

build_rdkafka() {
  if system_rdkafka_new_enough; then
    say "librdkafka: the system's $(system_rdkafka_version) is new enough (>= $RDKAFKA_MIN_VERSION), nothing to build"
    return
  fi
  if rdkafka_complete; then
    say "librdkafka: $RDKAFKA_VERSION cached in $RDKAFKA_DIR (the system's is $(system_rdkafka_version))"
    return
  fi
  command -v apt-get >/dev/null || die "apt-get not found: librdkafka's source comes from Debian 13 through apt"
  command -v dpkg-source >/dev/null || die "dpkg-source not found: run tools/bootstrap (it installs dpkg-dev)"
  [[ -f "$APT_SOURCES" ]] || die "missing $APT_SOURCES"
  say "librdkafka: the system's $(system_rdkafka_version) is older than $RDKAFKA_MIN_VERSION;" \
      "building $RDKAFKA_VERSION from Debian 13's source package (once, a few minutes)"
  mkdir -p "$CACHE"
  local tmp log apt_opts started
  started=$SECONDS
  tmp="$(mktemp -d "$CACHE/librdkafka.tmp.XXXXXX")"
  log="$tmp/build.log"
  # shellcheck disable=SC2064 # expand now: tmp is local
  trap "rm -rf '$tmp'" EXIT
  mkdir -p "$tmp/apt/lists/partial" "$tmp/apt/cache/archives/partial" "$tmp/src"
  apt_opts=(-o "Dir::Etc::sourcelist=$APT_SOURCES" -o Dir::Etc::sourceparts=-
            -o "Dir::State::Lists=$tmp/apt/lists" -o "Dir::Cache=$tmp/apt/cache"
            -o Acquire::Languages=none -o APT::Sandbox::User="$(id -un)")
  if ! apt-get "${apt_opts[@]}" update >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "apt-get update with $APT_SOURCES failed (log above): is deb.debian.org reachable?"
  fi
  if ! (cd "$tmp/src" && apt-get "${apt_opts[@]}" source "librdkafka=$RDKAFKA_DEBIAN_VERSION") >>"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "apt-get source librdkafka=$RDKAFKA_DEBIAN_VERSION failed (log above)"
  fi
  local src="$tmp/src/librdkafka-$RDKAFKA_VERSION"
  [[ -x "$src/configure" ]] || die "apt-get source did not unpack $src"
  # Debian's hardening flags, as its own build uses (asked in the source tree, so that their
  # -ffile-prefix-map maps the random build path away); -fPIC because the archive goes into a PIE.
  local cflags ldflags
  cflags="$(cd "$src" && dpkg-buildflags --get CFLAGS) -fPIC"
  ldflags="$(cd "$src" && dpkg-buildflags --get LDFLAGS)"
  say "librdkafka: configure + make -j2 (log: $log)"
  if ! (cd "$src" && CFLAGS="$cflags" LDFLAGS="$ldflags" \
          ./configure --prefix="$RDKAFKA_DIR" "${RDKAFKA_CONFIGURE_FLAGS[@]}" \
        && make -C src -j2 && make -C src install DESTDIR="$tmp/stage") >>"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "building librdkafka $RDKAFKA_VERSION failed (log above)"
  fi
  local stage="$tmp/stage$RDKAFKA_DIR"
  # SCRAM is the point of this build; the flags above make configure require it, this proves it.
  grep -q '^#define WITH_SASL_SCRAM 1' "$src/config.h" || die "librdkafka was configured without SCRAM"
  # Static only: with no .so in the prefix nothing can pick up this build at run time by accident.
  rm -f "$stage"/lib/librdkafka.so* "$stage"/lib/librdkafka-static.a "$stage"/lib/pkgconfig/rdkafka-static.pc
  [[ -f "$stage/lib/librdkafka.a" && -f "$stage/lib/pkgconfig/rdkafka.pc" ]] \
    || die "make install left no librdkafka.a / rdkafka.pc in $stage"
  rm -rf "$RDKAFKA_DIR"
  mv "$stage" "$RDKAFKA_DIR"
  rm -rf "$tmp"
  trap - EXIT
  rdkafka_recipe >"$RDKAFKA_MARKER"
  say "librdkafka: $RDKAFKA_VERSION built in $((SECONDS - started)) s into $RDKAFKA_DIR"
}
