// Single-core fp32 peak of this machine, the denominator of bench/compare.sh's "% of peak": twelve
// independent chains of 256-bit fused multiply-adds (AVX2 + FMA; 16 FLOP each), no memory traffic, best
// of five; then a chain of dependent integer adds, one per cycle, which gives the clock.
//   gcc -O2 -mavx2 -mfma -o fma_peak bench/fma_peak.c && ./fma_peak
#include <immintrin.h>
#include <stdio.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+1e-9*t.tv_nsec;}
int main(void){
  long N=400000000L/16;
  __m256 a[12]; __m256 m=_mm256_set1_ps(0.999999f), c=_mm256_set1_ps(1e-7f);
  for(int i=0;i<12;i++) a[i]=_mm256_set1_ps((float)i);
  double best=0;
  for(int rep=0;rep<5;rep++){
    double t=now();
    for(long n=0;n<N;n++){
      #pragma GCC unroll 12
      for(int i=0;i<12;i++) a[i]=_mm256_fmadd_ps(a[i],m,c);
    }
    t=now()-t; double g=N*12.0*16/t/1e9; if(g>best)best=g;
  }
  float s=0; for(int i=0;i<12;i++){float o[8];_mm256_storeu_ps(o,a[i]);s+=o[0];}
  // clock: a chain of dependent integer adds, one cycle each
  long x=0; double t=now(); for(long n=0;n<200000000L;n++){__asm__ volatile("add $1,%0\n add $1,%0\n add $1,%0\n add $1,%0\n add $1,%0\n add $1,%0\n add $1,%0\n add $1,%0\n add $1,%0\n add $1,%0":"+r"(x));} t=now()-t;
  printf("avx2 fma peak %.1f GFLOP/s (checksum %g); dependent adds %.2f G/s (~clock GHz)\n",best,s,x/t/1e9);
  return 0;
}
