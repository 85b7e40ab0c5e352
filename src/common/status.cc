// Status is header-only; this file anchors the augur_common library so every
// module can link it even before it has other sources.
#include "common/status.h"
