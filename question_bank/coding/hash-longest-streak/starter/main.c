#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read n and the n numbers, then print the length and the first value of the longest streak */
    return 0;
}
