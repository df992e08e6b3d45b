# Debian 12 packages Chanscope needs; sourced by run.sh and test.sh (not executable on its own).
# Installs only what is missing, through apt-get, with sudo when not root.

CHANSCOPE_PACKAGES=(
  build-essential cmake pkg-config
  libimgui-dev libglfw3-dev python3-glad
  doctest-dev libstb-dev libfreetype-dev libfontconfig-dev fonts-nanum
  libcmark-dev nlohmann-json3-dev libcli11-dev libbenchmark-dev
  xvfb xauth xdotool golang-1.19-src clang jq
)

heading() { printf '\n=== %s ===\n' "$*"; }

ensure_packages() {
  local missing=() package
  for package in "${CHANSCOPE_PACKAGES[@]}"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]]; then
      missing+=("$package")
    fi
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  heading "Installing missing packages: ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

# configure_and_build DIR [CMAKE ARGS...]
configure_and_build() {
  local dir=$1
  shift
  cmake -S . -B "$dir" "$@"
  cmake --build "$dir" -j2
}
