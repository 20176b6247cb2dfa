#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read n and the n ids, then print the first id that occurs exactly once, or -1 */
    return 0;
}
