// libyaml's C API, from the system (Debian: libyaml-dev).
#include <yaml.h>
