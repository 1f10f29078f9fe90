;; Finds ASCII text in bytes, ignoring case, sixteen bytes at a time (WebAssembly
;; SIMD). Built into the program by scripts/wat.mjs; used by simd-search.ts.
;;
;; Memory, as simd-search.ts lays it out: the text, followed by at least 16
;; bytes of any value; somewhere after them, for each needle of m bytes at $needle:
;;   [$needle, $needle + m)        the needle, letters in lower case;
;;   [$needle + m, $needle + 2m)   for each needle byte, 0x20 if it is a letter (a
;;                                 byte of the text may differ from it by that bit,
;;                                 its case) and 0 otherwise.
;;
;; For each block of 16 positions, two vector compares find where the needle's
;; first and last bytes both fit (as in Wojciech Muła's "SIMD-friendly algorithms
;; for substring searching"); only those positions are compared byte by byte.
(module
  (memory (export "memory") 1)

  ;; 1 if the m bytes at $at are the needle, ignoring case; else 0.
  (func $matchesAt (param $at i32) (param $needle i32) (param $m i32) (result i32)
    (local $k i32) (local $case i32)
    (local.set $case (i32.add (local.get $needle) (local.get $m)))
    (loop $byte
      (if (i32.ne
            (i32.or
              (i32.load8_u (i32.add (local.get $at) (local.get $k)))
              (i32.load8_u (i32.add (local.get $case) (local.get $k))))
            (i32.load8_u (i32.add (local.get $needle) (local.get $k))))
        (then (return (i32.const 0))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $byte (i32.lt_u (local.get $k) (local.get $m))))
    (i32.const 1))

  ;; The first position in [$from, $end) where the needle at $needle (of
  ;; $m > 0 bytes) starts and ends before $end, or -1.
  (func (export "find") (param $from i32) (param $end i32) (param $needle i32) (param $m i32)
    (result i32)
    (local $first v128) (local $firstCase v128)
    (local $last v128) (local $lastCase v128)
    (local $toLast i32) (local $block i32) (local $hits i32) (local $at i32)
    (local.set $toLast (i32.sub (local.get $m) (i32.const 1)))
    (local.set $first (i8x16.splat (i32.load8_u (local.get $needle))))
    (local.set $firstCase
      (i8x16.splat (i32.load8_u (i32.add (local.get $needle) (local.get $m)))))
    (local.set $last
      (i8x16.splat (i32.load8_u (i32.add (local.get $needle) (local.get $toLast)))))
    (local.set $lastCase
      (i8x16.splat
        (i32.load8_u (i32.add (i32.add (local.get $needle) (local.get $m)) (local.get $toLast)))))
    (local.set $block (local.get $from))
    (block $done
      (loop $blocks
        (br_if $done (i32.gt_u (i32.add (local.get $block) (local.get $m)) (local.get $end)))
        ;; Bit i set: the needle's first and last bytes fit at $block + i.
        (local.set $hits
          (i8x16.bitmask
            (v128.and
              (i8x16.eq
                (v128.or (v128.load (local.get $block)) (local.get $firstCase))
                (local.get $first))
              (i8x16.eq
                (v128.or
                  (v128.load (i32.add (local.get $block) (local.get $toLast)))
                  (local.get $lastCase))
                (local.get $last)))))
        (block $blockDone
          (loop $candidates
            (br_if $blockDone (i32.eqz (local.get $hits)))
            (local.set $at (i32.add (local.get $block) (i32.ctz (local.get $hits))))
            ;; The block's last positions may run past $end, over bytes left from before.
            (br_if $done (i32.gt_u (i32.add (local.get $at) (local.get $m)) (local.get $end)))
            (if (call $matchesAt (local.get $at) (local.get $needle) (local.get $m))
              (then (return (local.get $at))))
            ;; Clears the lowest bit set.
            (local.set $hits
              (i32.and (local.get $hits) (i32.sub (local.get $hits) (i32.const 1))))
            (br $candidates)))
        (local.set $block (i32.add (local.get $block) (i32.const 16)))
        (br $blocks)))
    (i32.const -1))
)
