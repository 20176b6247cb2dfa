#include "square.h"
long long square(long long x) { return x * x; }
